using PerfWorkflow.Domain.Rectification;

namespace PerfWorkflow.Domain.Filings.Events;

/// <summary>整改: a problem became a rectification item with its measure, owner and deadline.</summary>
public sealed record RectificationRaisedEvent(Guid FilingId, int ItemNumber, RectificationSource Source, string Problem, string Measure, string Owner, DateOnly Deadline, string RaisedBy, DateTimeOffset OccurredAt) : IFilingEvent;
