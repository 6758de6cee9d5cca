namespace PerfWorkflow.Domain.Forms;

/// <summary>
/// Which form a document holds. The member names are the kind keys stored in the database and sent by the API
/// ("DepartmentDeclaration"): renaming one is a data migration. Everything else about a kind is in <see cref="FormKinds"/>.
/// </summary>
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
