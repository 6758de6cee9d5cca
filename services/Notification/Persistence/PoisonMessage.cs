namespace PerfWorkflow.Notification.Persistence;

/// <summary>
/// A message a consumer still failed on after every retry. MassTransit moves it to the queue's <c>_error</c> queue;
/// this row keeps a copy (body, headers, the last exception) so administrators can see it without a broker console.
/// </summary>
public sealed class PoisonMessage
{
    public required Guid Id { get; init; }
    public required string Queue { get; init; }
    public Guid? MessageId { get; init; }
    public string? MessageType { get; init; }
    public required string Body { get; init; }
    public required string Headers { get; init; }
    public required string Error { get; set; }
    public required int Failures { get; set; }
    public required DateTime FirstFailedAt { get; init; }
    public required DateTime LastFailedAt { get; set; }
}
