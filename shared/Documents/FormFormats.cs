using PerfWorkflow.Documents.Text;
using PerfWorkflow.Documents.Xlsx;
using PerfWorkflow.Domain.Forms;

namespace PerfWorkflow.Documents;

/// <summary>
/// The file format of every kind of <see cref="FormKinds"/> (the domain cannot know files: OpenXml is a package).
/// A test fails when a kind has no row here.
/// </summary>
public static class FormFormats
{
    /// <summary>
    /// In the order an uploaded workbook is tried: each importer recognises its own title sheet and the first that
    /// finds its form wins.
    /// </summary>
    public static IReadOnlyList<FormFormat> All { get; } =
    [
        FormFormat.Of<DepartmentBudgetDeclaration>(
            FormKind.DepartmentDeclaration, "部门整体预算绩效目标申报表", DepartmentDeclarationXlsx.Export, DepartmentDeclarationXlsx.Import, DepartmentDeclarationTextImporter.Import),
        FormFormat.Of<ProjectPerformanceTable>(
            FormKind.ProjectTable, "项目支出绩效目标表", ProjectTableXlsx.Export, ProjectTableXlsx.Import, ProjectTableTextImporter.Import),
        FormFormat.Of<DepartmentSelfEvaluationTable>(
            FormKind.SelfEvaluationTable, "部门整体支出绩效自评表", SelfEvaluationTableXlsx.Export, SelfEvaluationTableXlsx.Import, SelfEvaluationTableTextImporter.Import),

        // A report is recognised in text by "自评报告" alone, not by its whole title.
        FormFormat.Of<SelfEvaluationReport>(
            FormKind.SelfEvaluationReport, "自评报告", SelfEvaluationReportXlsx.Export, SelfEvaluationReportXlsx.Import, SelfEvaluationReportTextImporter.Import),
        FormFormat.Of<PerformanceMonitoringForm>(
            FormKind.MonitoringForm, "绩效运行监控表", MonitoringFormXlsx.Export, MonitoringFormXlsx.Import, fromText: null),
        FormFormat.Of<RectificationList>(
            FormKind.RectificationList, "整改清单", RectificationListXlsx.Export, RectificationListXlsx.Import, fromText: null),
    ];

    private static readonly Dictionary<FormKind, FormFormat> ByKind = All.ToDictionary(f => f.Kind);

    public static FormFormat Of(FormKind kind) =>
        ByKind.TryGetValue(kind, out var format) ? format : throw new ArgumentOutOfRangeException(nameof(kind), kind, "not a form");

    public static FormFormat? Find(FormKind kind) => ByKind.GetValueOrDefault(kind);
}
