namespace PerfWorkflow.Filing.Grains;

/// <summary>A refused command as data (exceptions stay inside the grain): its kind, stable code and Chinese message.</summary>
[GenerateSerializer, Immutable]
public sealed record Refusal([property: Id(0)] RefusalKind Kind, [property: Id(1)] string Code, [property: Id(2)] string Message);
