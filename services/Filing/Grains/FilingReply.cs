using PerfWorkflow.Filing.Application;

namespace PerfWorkflow.Filing.Grains;

/// <summary>
/// A filing grain's answer: the filing as it now stands, and the refusal when the command was refused (a conflict
/// carries the state the activation reloaded). Immutable: a call inside the silo passes it without copying.
/// </summary>
[GenerateSerializer, Immutable]
public sealed record FilingReply([property: Id(0)] FilingView? View, [property: Id(1)] Refusal? Refusal = null);
