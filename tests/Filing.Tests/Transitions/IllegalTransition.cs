using PerfWorkflow.Filing.Tests.Infrastructure;

namespace PerfWorkflow.Filing.Tests.Transitions;

/// <summary>An action the filing's state does not allow: where the filing stands, who tries what, and the code of the refusal.</summary>
public sealed record IllegalTransition(
    string Name,
    Func<FilingDriver, Task<FilingRef>> Prepare,
    Func<FilingRef, string> Actor,
    string Action,
    object? Body,
    string Code)
{
    /// <summary>The request body; a body that names the filing's own people is made from the filing.</summary>
    public object? BodyFor(FilingRef filing) => Body is Func<FilingRef, object?> make ? make(filing) : Body;

    public override string ToString() => Name;
}
