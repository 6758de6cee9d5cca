namespace PerfWorkflow.Hosting.Web;

/// <summary>
/// The request could not be served right now but may succeed if retried: the part of the system that owns the data
/// is moving (an actor reactivating on another node) or briefly unreachable. Answered 503 with Retry-After.
/// </summary>
public sealed class ServiceBusyException(string message, Exception? inner = null) : Exception(message, inner);
