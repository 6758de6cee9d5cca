using PerfWorkflow.Domain.Filings;
using PerfWorkflow.Domain.Rectification;
using PerfWorkflow.Domain.Scoring;

namespace PerfWorkflow.Filing.Application;

/// <summary>
/// A filing as the API shows it, with the Chinese names the UI prints. <see cref="ActiveStage"/> is the stage whose
/// form is under work: the current stage, or the declaration while its targets are being adjusted.
/// </summary>
public sealed record FilingView(
    Guid Id,
    string DepartmentId,
    int FiscalYear,
    CycleStage Stage,
    string StageName,
    CycleStage ActiveStage,
    bool IsAdjustingTargets,
    StageState State,
    string StateName,
    int? CurrentStep,
    string? CurrentStepRole,
    IReadOnlyList<string> CurrentAssignees,
    IReadOnlyList<string> StepSignatures,
    string? FiledBy,
    int Version,
    int FormVersion,
    decimal? Score,
    string? Grade,
    IReadOnlyList<RectificationItem> RectificationItems,
    DateTimeOffset UpdatedAt)
{
    public static FilingView Of(Domain.Filings.Filing filing, DateTimeOffset updatedAt)
    {
        var step = filing.CurrentStep is { } n && filing.Chain is { } chain ? chain.Step(n) : null;
        var form = filing.FormOf(filing.ActiveStage);
        return new FilingView(
            filing.Id,
            filing.DepartmentId,
            filing.FiscalYear,
            filing.Stage,
            CycleStageNames.Of(filing.Stage),
            filing.ActiveStage,
            filing.IsAdjustingTargets,
            filing.State,
            StageStateNames.Of(filing.State),
            filing.CurrentStep,
            step?.Role,
            step?.Assignees ?? [],
            form?.StepSignatures ?? [],
            form?.FiledBy,
            filing.Version,
            filing.FormVersion,
            filing.Score?.Current.Points,
            filing.Score is { } score ? GradeBands.ChineseName(score.Current.Grade) : null,
            filing.RectificationItems,
            updatedAt);
    }
}
