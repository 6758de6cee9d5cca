using PerfWorkflow.Domain.Filings;

namespace PerfWorkflow.Filing.Application;

/// <summary>A filing as the API shows it, with the Chinese names the UI prints.</summary>
public sealed record FilingView(
    Guid Id,
    string DepartmentId,
    int FiscalYear,
    CycleStage Stage,
    string StageName,
    StageState State,
    string StateName,
    int? CurrentStep,
    string? CurrentStepRole,
    IReadOnlyList<string> CurrentAssignees,
    int Version,
    int FormVersion,
    DateTimeOffset UpdatedAt)
{
    public static FilingView Of(Domain.Filings.Filing filing, DateTimeOffset updatedAt)
    {
        var step = filing.CurrentStep is { } n && filing.Chain is { } chain ? chain.Step(n) : null;
        return new FilingView(
            filing.Id,
            filing.DepartmentId,
            filing.FiscalYear,
            filing.Stage,
            CycleStageNames.Of(filing.Stage),
            filing.State,
            StageStateNames.Of(filing.State),
            filing.CurrentStep,
            step?.Role,
            step?.Assignees ?? [],
            filing.Version,
            filing.FormVersion,
            updatedAt);
    }
}
