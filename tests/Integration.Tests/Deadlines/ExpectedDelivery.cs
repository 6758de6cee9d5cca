namespace PerfWorkflow.Integration.Tests.Deadlines;

/// <summary>One inbox item the year must produce: who, what kind, for which filing and stage, at which virtual instant.</summary>
public sealed record ExpectedDelivery(string UserId, string Kind, Guid FilingId, string Stage, DateTimeOffset At)
{
    public override string ToString() => $"{UserId} {Kind} {FilingId:D} {Stage} {At.ToOffset(TimeSpan.FromHours(8)):yyyy-MM-dd HH:mm}";
}
