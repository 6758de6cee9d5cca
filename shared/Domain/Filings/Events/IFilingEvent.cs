namespace PerfWorkflow.Domain.Filings.Events;

/// <summary>
/// Marks what a filing reports happened. Services turn these into bus messages; the domain never publishes. Each
/// event is named for its fact plus <c>Event</c> (<c>StageOpenedEvent</c>) and maps to the bus contract named for
/// the same fact (<c>PerfWorkflow.Contracts.StageOpened</c>): docs/decisions/0008-domain-event-names.md.
/// </summary>
public interface IFilingEvent
{
    Guid FilingId { get; }

    DateTimeOffset OccurredAt { get; }
}
