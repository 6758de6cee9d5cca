namespace PerfWorkflow.Hosting.Web;

/// <summary>Someone else changed the record first; the caller gets 409 with the state as it now is.</summary>
public sealed class ConcurrencyConflictException(string message, object? currentState) : Exception(message)
{
    public object? CurrentState { get; } = currentState;
}
