using PerfWorkflow.Filing.Persistence;

namespace PerfWorkflow.Filing.Grains;

/// <summary>
/// One department's filing for one fiscal year, keyed by the filing id: the only writer of that filing. Its state
/// lives in the activation; every accepted command is committed (state, outbox events, audit line, idempotent
/// answer) in one transaction before memory changes. Who the caller is and what they may do is checked before the
/// call; the grain checks what only the filing knows.
/// </summary>
public interface IFilingGrain : IGrainWithGuidKey
{
    /// <summary>Creates the filing under this grain's id; refused when the department already has one for the year.</summary>
    Task<FilingReply> Open(string departmentId, int fiscalYear, string actor);

    /// <summary>The filing as it stands, or null when no filing has this id. Served from memory.</summary>
    Task<FilingReply> View();

    Task<FilingReply> Act(FilingCommand command);

    /// <summary>Saves the next revision of one of the active stage's documents (only while the form is editable).</summary>
    Task<FormReply> SaveForm(FormSave save);

    /// <summary>The latest revision of each document of a stage, from memory.</summary>
    Task<FormReply> CurrentForms(string stage);

    /// <summary>
    /// Demo data only: walks an earlier year's filing to <paramref name="targetStage"/> the way it went on paper
    /// before the system existed (no documents gate it), each step audited as "demo-history".
    /// </summary>
    Task<FilingReply> BringToStageForDemo(string filer, string targetStage);
}
