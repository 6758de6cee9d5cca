namespace PerfWorkflow.Domain.Filings;

/// <summary>Marks what a filing reports happened. Services turn these into bus messages; the domain never publishes.</summary>
public interface IFilingEvent
{
    Guid FilingId { get; }

    DateTimeOffset OccurredAt { get; }
}
