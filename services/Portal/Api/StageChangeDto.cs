namespace PerfWorkflow.Portal.Api;

public sealed record StageChangeDto(Guid MessageId, string Stage, string Change, DateTimeOffset OccurredAt);
