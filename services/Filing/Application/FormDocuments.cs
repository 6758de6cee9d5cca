using System.Text.Json;
using System.Text.Json.Serialization;
using PerfWorkflow.Documents;
using PerfWorkflow.Domain.Filings;
using PerfWorkflow.Domain.Forms;

namespace PerfWorkflow.Filing.Application;

/// <summary>Which documents belong to which stage, and how each is stored as JSON.</summary>
public static class FormDocuments
{
    public static readonly JsonSerializerOptions Json = new(JsonSerializerDefaults.Web)
    {
        Converters = { new JsonStringEnumConverter() },
    };

    public static CycleStage? StageOf(FormKind kind) => kind switch
    {
        FormKind.DepartmentDeclaration or FormKind.ProjectTable => CycleStage.Declaration,
        FormKind.MonitoringForm => CycleStage.Monitoring,
        FormKind.SelfEvaluationTable or FormKind.SelfEvaluationReport => CycleStage.SelfEvaluation,
        FormKind.RectificationList => CycleStage.Rectification,
        _ => null,
    };

    /// <summary>The documents of which at least one must be filed before the stage's form can be submitted.</summary>
    public static IReadOnlyList<FormKind> RequiredOneOf(CycleStage stage) => stage switch
    {
        CycleStage.Declaration => [FormKind.DepartmentDeclaration],
        CycleStage.Monitoring => [FormKind.MonitoringForm],
        CycleStage.SelfEvaluation => [FormKind.SelfEvaluationTable, FormKind.SelfEvaluationReport],
        _ => [],
    };

    public static Type TypeOf(FormKind kind) => kind switch
    {
        FormKind.DepartmentDeclaration => typeof(DepartmentBudgetDeclaration),
        FormKind.ProjectTable => typeof(ProjectPerformanceTable),
        FormKind.MonitoringForm => typeof(PerformanceMonitoringForm),
        FormKind.SelfEvaluationTable => typeof(DepartmentSelfEvaluationTable),
        FormKind.SelfEvaluationReport => typeof(SelfEvaluationReport),
        FormKind.RectificationList => typeof(RectificationList),
        _ => throw new ArgumentOutOfRangeException(nameof(kind), kind, "not a form"),
    };

    public static string Serialize(object form) => JsonSerializer.Serialize(form, form.GetType(), Json);

    public static object Deserialize(FormKind kind, string json) =>
        JsonSerializer.Deserialize(json, TypeOf(kind), Json) ?? throw new InvalidOperationException("Empty form document.");
}
