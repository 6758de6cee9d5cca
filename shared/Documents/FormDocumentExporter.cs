using PerfWorkflow.Documents.Xlsx;
using PerfWorkflow.Domain.Forms;

namespace PerfWorkflow.Documents;

/// <summary>One entry point for export: any form to .xlsx in its official column layout.</summary>
public static class FormDocumentExporter
{
    public static byte[] ToXlsx(object form) => form switch
    {
        DepartmentBudgetDeclaration declaration => DepartmentDeclarationXlsx.Export(declaration),
        ProjectPerformanceTable table => ProjectTableXlsx.Export(table),
        PerformanceMonitoringForm monitoring => MonitoringFormXlsx.Export(monitoring),
        DepartmentSelfEvaluationTable evaluation => SelfEvaluationTableXlsx.Export(evaluation),
        SelfEvaluationReport report => SelfEvaluationReportXlsx.Export(report),
        RectificationList list => RectificationListXlsx.Export(list),
        _ => throw new ArgumentException($"{form.GetType().Name} is not a form.", nameof(form)),
    };
}
