namespace PerfWorkflow.Filing.Grains;

/// <summary>A document to save as its kind's next revision: already parsed and validated by the caller.</summary>
[GenerateSerializer, Immutable]
public sealed record FormSave(
    [property: Id(0)] string Kind,
    [property: Id(1)] string Stage,
    [property: Id(2)] string Document,
    [property: Id(3)] string Findings,
    [property: Id(4)] string SavedBy,
    [property: Id(5)] string Action = FormSave.SaveAction)
{
    public const string SaveAction = "save-form";
    public const string ImportAction = "import-form";
}
