namespace PerfWorkflow.Portal.Api;

/// <summary>A filing as the Filing API shows it (GET /api/filings/{id}); <see cref="ActiveStage"/> is the stage whose form is under work.</summary>
public sealed record FilingDto(
    Guid Id,
    string DepartmentId,
    int FiscalYear,
    string Stage,
    string StageName,
    string ActiveStage,
    bool IsAdjustingTargets,
    string State,
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
    IReadOnlyList<RectificationItemDto> RectificationItems,
    DateTimeOffset UpdatedAt);
