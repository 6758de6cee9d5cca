namespace PerfWorkflow.Filing.Persistence;

/// <summary>One version of a region's approval chain for a year and stage; a new version is a new row.</summary>
public sealed class ChainDefinitionRecord
{
    public required string Region { get; init; }
    public required int FiscalYear { get; init; }
    public required string Stage { get; init; }
    public required int Version { get; init; }

    /// <summary>The steps as JSON (<see cref="Domain.Approvals.ApprovalStepDefinition"/>[]).</summary>
    public required string Steps { get; init; }

    public required DateTime CreatedAt { get; init; }
    public required string CreatedBy { get; init; }
}
