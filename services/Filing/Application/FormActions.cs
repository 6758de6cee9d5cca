using System.Text.Json;
using Microsoft.EntityFrameworkCore;
using PerfWorkflow.Documents;
using PerfWorkflow.Domain.Filings;
using PerfWorkflow.Domain.Forms;
using PerfWorkflow.Domain.Forms.Validation;
using PerfWorkflow.Domain.Validation;
using PerfWorkflow.Filing.Grains;
using PerfWorkflow.Filing.Organisation;
using PerfWorkflow.Filing.Persistence;
using PerfWorkflow.Hosting.Security;
using PerfWorkflow.Hosting.Web;

namespace PerfWorkflow.Filing.Application;

/// <summary>
/// A stage's documents: import (.xlsx or PDF-copied text) or save as JSON, each save a new revision with its
/// validation findings, written by the filing's grain (which also gates submission, see <see cref="StageFormSet"/>);
/// and the field-level diff between submitted versions.
/// </summary>
public sealed class FormActions(FilingDbContext db, IGrainFactory grains, FormValidationOptions validation, DepartmentPlacements placements)
{
    /// <summary>
    /// Reads an uploaded file, recognises its form and saves it as the next revision of that document. A file naming
    /// another department or year is saved with an error finding that says which, so it cannot be submitted.
    /// </summary>
    public async Task<(FormView? Form, IReadOnlyList<Finding> Notes)> ImportAsync(CurrentUser user, Guid filingId, byte[] bytes, CancellationToken cancellationToken)
    {
        var outcome = FormDocumentImporter.Import(bytes);
        if (outcome.Form is null)
        {
            return (null, outcome.Notes);
        }

        var filing = (await FilingGrainCalls.CallAsync(grains.GetGrain<IFilingGrain>(filingId).View)).View
            ?? throw new ResourceNotFoundException("filing.not-found", "未找到该绩效管理档案。");
        var department = await db.Departments.AsNoTracking().Where(d => d.Id == filing.DepartmentId).Select(d => d.Name).SingleOrDefaultAsync(cancellationToken)
            ?? filing.DepartmentId;
        var notes = outcome.Notes.Concat(FormOwnershipRules.Validate(outcome.Form, department, filing.FiscalYear)).ToList();
        return (await SaveAsync(user, filingId, outcome.Form, notes, cancellationToken, FormSave.ImportAction), notes);
    }

    public async Task<FormView> SaveJsonAsync(CurrentUser user, Guid filingId, FormKind kind, JsonElement document, CancellationToken cancellationToken)
    {
        IFormDocument form;
        try
        {
            form = FormDocuments.Deserialize(kind, document.GetRawText());
        }
        catch (JsonException ex)
        {
            throw new FilingRuleException("form.unreadable", $"表单内容不符合“{kind}”的格式：{ex.Path}");
        }

        return await SaveAsync(user, filingId, form, [], cancellationToken);
    }

    public async Task<FormView> SaveAsync(
        CurrentUser user, Guid filingId, IFormDocument form, IReadOnlyList<Finding> importNotes, CancellationToken cancellationToken, string auditAction = FormSave.SaveAction)
    {
        var grain = await FilerGrainAsync(user, filingId, cancellationToken);
        var kind = FormKinds.Of(form);
        var findings = importNotes.Concat(FormValidator.Validate(form, validation).Findings).ToList();
        var save = new FormSave(kind.Key, kind.Stage.ToString(), FormDocuments.Serialize(form), JsonSerializer.Serialize(findings, FormDocuments.Json), user.UserId, auditAction);
        var saved = await FilingGrainCalls.CallAsync(() => grain.SaveForm(save));
        return ToView(saved.Forms[0]);
    }

    /// <summary>The latest revision of each document of a stage (or the one submitted as <paramref name="version"/>).</summary>
    public async Task<IReadOnlyList<FormView>> GetAsync(CurrentUser user, Guid filingId, CycleStage stage, int? version, CancellationToken cancellationToken)
    {
        var grain = grains.GetGrain<IFilingGrain>(filingId);
        var filing = (await FilingGrainCalls.CallAsync(grain.View)).View
            ?? throw new ResourceNotFoundException("filing.not-found", "未找到该绩效管理档案。");
        await placements.RequireVisibleAsync(db, user, filing.DepartmentId, cancellationToken);
        if (version is null)
        {
            // The stage's documents as they stand: the grain keeps each one's latest revision in memory.
            return (await FilingGrainCalls.CallAsync(() => grain.CurrentForms(stage.ToString()))).Forms.Select(ToView).OrderBy(f => f.Kind).ToList();
        }

        var stageKey = stage.ToString();
        var rows = await db.Forms.AsNoTracking().Where(f => f.FilingId == filingId && f.Stage == stageKey && f.SubmittedVersion == version).ToListAsync(cancellationToken);
        return rows.GroupBy(f => f.FormKind).Select(g => ToView(g.MaxBy(f => f.Revision)!)).OrderBy(f => f.Kind).ToList();
    }

    /// <summary>What changed in each document between two submitted versions of a stage's form.</summary>
    public async Task<IReadOnlyDictionary<string, IReadOnlyList<FieldChange>>> DiffAsync(CurrentUser user, Guid filingId, CycleStage stage, int fromVersion, int toVersion, CancellationToken cancellationToken)
    {
        var from = await GetAsync(user, filingId, stage, fromVersion, cancellationToken);
        var to = await GetAsync(user, filingId, stage, toVersion, cancellationToken);
        if (from.Count == 0 || to.Count == 0)
        {
            throw new ResourceNotFoundException("form.version-not-found", $"未找到第 {(from.Count == 0 ? fromVersion : toVersion)} 版提交的表单。");
        }

        return from.Select(f => f.Kind).Union(to.Select(t => t.Kind)).ToDictionary(
            kind => kind.ToString(),
            kind => JsonDiff.Between(
                JsonOf(from.FirstOrDefault(f => f.Kind == kind)),
                JsonOf(to.FirstOrDefault(t => t.Kind == kind))));
    }

    /// <summary>The filing's grain, for a filer of its department; editability and stage are the grain's to check.</summary>
    private async Task<IFilingGrain> FilerGrainAsync(CurrentUser user, Guid filingId, CancellationToken cancellationToken)
    {
        var grain = grains.GetGrain<IFilingGrain>(filingId);
        var filing = (await FilingGrainCalls.CallAsync(grain.View)).View
            ?? throw new ResourceNotFoundException("filing.not-found", "未找到该绩效管理档案。");
        await placements.RequireVisibleAsync(db, user, filing.DepartmentId, cancellationToken);
        return FilingAccess.CanFileFor(user, filing.DepartmentId)
            ? grain
            : throw new AccessDeniedException("form.filer-only", "只有本部门的填报人可以填写表单。");
    }

    private static string JsonOf(FormView? view) => view is null ? "{}" : FormDocuments.Serialize(view.Document);

    private static FormView ToView(FormRecord record)
    {
        var kind = Enum.Parse<FormKind>(record.FormKind);
        var findings = StageFormSet.FindingsOf(record);
        return new FormView(
            record.FilingId,
            Enum.Parse<CycleStage>(record.Stage),
            kind,
            record.Revision,
            record.SubmittedVersion,
            FormDocuments.Deserialize(kind, record.Document),
            findings,
            findings.Any(f => f.Severity == FindingSeverity.Error),
            new DateTimeOffset(record.SavedAt, TimeSpan.Zero),
            record.SavedBy);
    }
}
