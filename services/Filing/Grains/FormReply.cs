using PerfWorkflow.Filing.Persistence;

namespace PerfWorkflow.Filing.Grains;

/// <summary>Revisions of a filing's documents as stored, or why the grain refused. Never mutated once answered.</summary>
[GenerateSerializer, Immutable]
public sealed record FormReply([property: Id(0)] IReadOnlyList<FormRecord> Forms, [property: Id(1)] Refusal? Refusal = null);
