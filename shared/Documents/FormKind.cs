namespace PerfWorkflow.Documents;

/// <summary>Which form a document holds.</summary>
public enum FormKind
{
    Unknown,

    /// <summary>部门整体预算绩效目标申报表.</summary>
    DepartmentDeclaration,

    /// <summary>项目支出绩效目标表.</summary>
    ProjectTable,

    /// <summary>绩效运行监控表.</summary>
    MonitoringForm,

    /// <summary>部门整体支出绩效自评表.</summary>
    SelfEvaluationTable,

    /// <summary>部门整体支出绩效自评报告.</summary>
    SelfEvaluationReport,

    /// <summary>整改清单.</summary>
    RectificationList,
}
