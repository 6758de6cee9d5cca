using System.Reflection;
using MassTransit;

namespace PerfWorkflow.Notification.Tests;

/// <summary>
/// A consume context that carries only a message, for calling a consumer directly: Notification's consumers read
/// the message and its cancellation token and hand the work to their batches; anything else they asked for would fail
/// the test loudly.
/// </summary>
public class MessageContext<T> : DispatchProxy
    where T : class
{
    private T? _message;

    public static ConsumeContext<T> Of(T message)
    {
        var context = Create<ConsumeContext<T>, MessageContext<T>>();
        ((MessageContext<T>)(object)context)._message = message;
        return context;
    }

    protected override object? Invoke(MethodInfo? targetMethod, object?[]? args) => targetMethod?.Name switch
    {
        "get_Message" => _message,
        "get_CancellationToken" => CancellationToken.None,
        _ => throw new NotSupportedException($"The consumers under test were expected to use only the message, not {targetMethod?.Name}."),
    };
}
