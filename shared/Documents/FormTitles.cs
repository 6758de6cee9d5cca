namespace PerfWorkflow.Documents;

/// <summary>The Chinese title of each form, as the finance bureau's staff call it.</summary>
public static class FormTitles
{
    public static string Of(FormKind kind) => kind switch
    {
        FormKind.DepartmentDeclaration => "部门整体预算绩效目标申报表",
        FormKind.ProjectTable => "项目支出绩效目标表",
        FormKind.MonitoringForm => "绩效运行监控表",
        FormKind.SelfEvaluationTable => "部门整体支出绩效自评表",
        FormKind.SelfEvaluationReport => "部门整体支出绩效自评报告",
        FormKind.RectificationList => "整改清单",
        _ => "未识别的表单",
    };
}
