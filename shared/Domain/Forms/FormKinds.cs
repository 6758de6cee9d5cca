using PerfWorkflow.Domain.Filings;
using PerfWorkflow.Domain.Forms.Validation;

namespace PerfWorkflow.Domain.Forms;

/// <summary>
/// The one table of form kinds. A new kind is a <see cref="FormKind"/> member, its record implementing
/// <see cref="IFormDocument"/>, and a row here (plus its file format in PerfWorkflow.Documents' FormFormats).
/// </summary>
public static class FormKinds
{
    /// <summary>What a kind that is none of the forms is called (an unrecognised upload).</summary>
    public const string UnknownTitle = "未识别的表单";

    /// <summary>Every kind, in the order of <see cref="FormKind"/>.</summary>
    public static IReadOnlyList<FormKindDefinition> All { get; } =
    [
        FormKindDefinition.Of<DepartmentBudgetDeclaration>(
            FormKind.DepartmentDeclaration, "部门整体预算绩效目标申报表", CycleStage.Declaration, requiredToSubmit: true, FormValidator.Declaration),
        FormKindDefinition.Of<ProjectPerformanceTable>(
            FormKind.ProjectTable, "项目支出绩效目标表", CycleStage.Declaration, requiredToSubmit: false, FormValidator.ProjectTable),
        FormKindDefinition.Of<PerformanceMonitoringForm>(
            FormKind.MonitoringForm, "绩效运行监控表", CycleStage.Monitoring, requiredToSubmit: true, FormValidator.Monitoring),
        FormKindDefinition.Of<DepartmentSelfEvaluationTable>(
            FormKind.SelfEvaluationTable, "部门整体支出绩效自评表", CycleStage.SelfEvaluation, requiredToSubmit: true, FormValidator.SelfEvaluationTable),
        FormKindDefinition.Of<SelfEvaluationReport>(
            FormKind.SelfEvaluationReport, "部门整体支出绩效自评报告", CycleStage.SelfEvaluation, requiredToSubmit: true, FormValidator.Report),
        FormKindDefinition.Of<RectificationList>(
            FormKind.RectificationList, "整改清单", CycleStage.Rectification, requiredToSubmit: false, FormValidator.Rectification),
    ];

    private static readonly Dictionary<FormKind, FormKindDefinition> ByKind = All.ToDictionary(d => d.Kind);

    private static readonly Dictionary<Type, FormKindDefinition> ByType = All.ToDictionary(d => d.DocumentType);

    private static readonly Dictionary<string, FormKindDefinition> ByKey = All.ToDictionary(d => d.Key, StringComparer.Ordinal);

    public static FormKindDefinition Of(FormKind kind) =>
        ByKind.TryGetValue(kind, out var definition) ? definition : throw new ArgumentOutOfRangeException(nameof(kind), kind, "not a form");

    /// <summary>The kind of a form, by its record type.</summary>
    public static FormKindDefinition Of(IFormDocument form)
    {
        ArgumentNullException.ThrowIfNull(form);
        return ByType.TryGetValue(form.GetType(), out var definition)
            ? definition
            : throw new ArgumentException($"{form.GetType().Name} is not a form of FormKinds.", nameof(form));
    }

    /// <summary>The kind a stored or requested key names ("DepartmentDeclaration"); exact spelling only.</summary>
    public static bool TryFind(string? key, out FormKindDefinition definition) =>
        ByKey.TryGetValue(key ?? string.Empty, out definition!);

    public static string TitleOf(FormKind kind) => ByKind.TryGetValue(kind, out var definition) ? definition.Title : UnknownTitle;

    /// <summary>The title of a kind key; a key that names no kind is shown as it is.</summary>
    public static string TitleOf(string key) => TryFind(key, out var definition) ? definition.Title : key;

    /// <summary>The stage the kind is filed in, or null for <see cref="FormKind.Unknown"/>.</summary>
    public static CycleStage? StageOf(FormKind kind) => ByKind.TryGetValue(kind, out var definition) ? definition.Stage : null;

    /// <summary>The documents of which at least one must be filed before the stage's form can be submitted.</summary>
    public static IReadOnlyList<FormKind> RequiredOneOf(CycleStage stage) =>
        [.. All.Where(d => d.Stage == stage && d.RequiredToSubmit).Select(d => d.Kind)];
}
