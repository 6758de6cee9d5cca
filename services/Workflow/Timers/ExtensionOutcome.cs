namespace PerfWorkflow.Workflow.Timers;

/// <summary>What an extension did: its audit id, how many filings' deadlines moved and the new calendar version (all departments only).</summary>
public sealed record ExtensionOutcome(Guid ExtensionId, int FilingsAffected, int? CalendarVersion, DateOnly OldDueDate, DateOnly NewDueDate);
