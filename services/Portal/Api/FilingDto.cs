namespace PerfWorkflow.Portal.Api;

public sealed record FilingDto(
    Guid Id,
    string DepartmentId,
    int FiscalYear,
    string Stage,
    string StageName,
    string State,
    string StateName,
    int? CurrentStep,
    string? CurrentStepRole,
    IReadOnlyList<string> CurrentAssignees,
    int Version,
    DateTimeOffset UpdatedAt);
