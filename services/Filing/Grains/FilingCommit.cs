using PerfWorkflow.Domain.Audit;
using PerfWorkflow.Domain.Filings;
using PerfWorkflow.Domain.Filings.Events;
using PerfWorkflow.Filing.Application;
using PerfWorkflow.Filing.Persistence;

namespace PerfWorkflow.Filing.Grains;

/// <summary>Everything one accepted command writes, in one transaction (see <see cref="FilingGrainStore"/>).</summary>
public sealed record FilingCommit(
    FilingSnapshot Snapshot,
    int ExpectedVersion,
    StageState State,
    IReadOnlyList<IFilingEvent> Events,
    AuditEntry AuditLine,
    FilingView Answer,
    string? IdempotencyKey,
    IReadOnlyList<FormRecord> MarkedForms,
    IReadOnlyList<FormRecord> AddedForms,
    DateTimeOffset Now);
