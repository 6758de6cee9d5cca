using System.Text.Json;
using Microsoft.EntityFrameworkCore;
using PerfWorkflow.Documents;
using PerfWorkflow.Domain.Filings;
using PerfWorkflow.Domain.Forms.Validation;
using PerfWorkflow.Domain.Validation;
using PerfWorkflow.Filing.Organisation;
using PerfWorkflow.Filing.Persistence;
using PerfWorkflow.Hosting.Security;
using PerfWorkflow.Hosting.Web;

namespace PerfWorkflow.Filing.Application;

/// <summary>
/// A stage's documents: import (.xlsx or PDF-copied text) or save as JSON, each save a new revision with its
/// validation findings; the gate that keeps a form with errors from being submitted; and the field-level diff
/// between submitted versions.
/// </summary>
public sealed class FormActions(FilingDbContext db, TimeProvider time, FormValidationOptions validation)
{
    /// <summary>Reads an uploaded file, recognises its form and saves it as the next revision of that document.</summary>
    public async Task<(FormView? Form, IReadOnlyList<Finding> Notes)> ImportAsync(CurrentUser user, Guid filingId, byte[] bytes, CancellationToken cancellationToken)
    {
        var outcome = FormDocumentImporter.Import(bytes);
        if (outcome.Form is null)
        {
            return (null, outcome.Notes);
        }

        return (await SaveAsync(user, filingId, outcome.Kind, outcome.Form, outcome.Notes, cancellationToken), outcome.Notes);
    }

    public async Task<FormView> SaveJsonAsync(CurrentUser user, Guid filingId, FormKind kind, JsonElement document, CancellationToken cancellationToken)
    {
        object form;
        try
        {
            form = FormDocuments.Deserialize(kind, document.GetRawText());
        }
        catch (JsonException ex)
        {
            throw new FilingRuleException("form.unreadable", $"表单内容不符合“{kind}”的格式：{ex.Path}");
        }

        return await SaveAsync(user, filingId, kind, form, [], cancellationToken);
    }

    public async Task<FormView> SaveAsync(CurrentUser user, Guid filingId, FormKind kind, object form, IReadOnlyList<Finding> importNotes, CancellationToken cancellationToken)
    {
        var filing = await EditableFilingAsync(user, filingId, cancellationToken);
        var stage = FormDocuments.StageOf(kind) ?? throw new FilingRuleException("form.kind-unknown", "无法识别的表单类型。");
        if (stage != filing.ActiveStage)
        {
            throw new FilingRuleException("form.wrong-stage", $"该表单属于“{CycleStageNames.Of(stage)}”阶段，当前办理的是“{CycleStageNames.Of(filing.ActiveStage)}”。");
        }

        var findings = importNotes.Concat(FormValidator.Validate(form, validation).Findings).ToList();
        var kindKey = kind.ToString();
        var stageKey = stage.ToString();
        var revision = 1 + (await db.Forms.Where(f => f.FilingId == filingId && f.Stage == stageKey && f.FormKind == kindKey)
            .MaxAsync(f => (int?)f.Revision, cancellationToken) ?? 0);
        var record = new FormRecord
        {
            FilingId = filingId,
            Stage = stageKey,
            FormKind = kindKey,
            Revision = revision,
            Document = FormDocuments.Serialize(form),
            Findings = JsonSerializer.Serialize(findings, FormDocuments.Json),
            SavedAt = time.GetUtcNow().UtcDateTime,
            SavedBy = user.UserId,
        };
        db.Forms.Add(record);
        await db.SaveChangesAsync(cancellationToken);
        return ToView(record);
    }

    /// <summary>The latest revision of each document of a stage (or the one submitted as <paramref name="version"/>).</summary>
    public async Task<IReadOnlyList<FormView>> GetAsync(CurrentUser user, Guid filingId, CycleStage stage, int? version, CancellationToken cancellationToken)
    {
        var record = await db.Filings.AsNoTracking().SingleOrDefaultAsync(f => f.Id == filingId, cancellationToken)
            ?? throw new ResourceNotFoundException("filing.not-found", "未找到该绩效管理档案。");
        await db.RequireVisibleAsync(user, record.DepartmentId, cancellationToken);
        var rows = await Revisions(filingId, stage).Where(f => version == null || f.SubmittedVersion == version).ToListAsync(cancellationToken);
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

    /// <summary>
    /// The stage's documents as they stand, refused when the main document is missing or any has errors: an error
    /// blocks submission, a warning only asks for the reviewer's eye.
    /// </summary>
    public async Task<SubmittableForm> RequireSubmittableAsync(Guid filingId, CycleStage stage, CancellationToken cancellationToken)
    {
        var latest = (await Revisions(filingId, stage).ToListAsync(cancellationToken))
            .GroupBy(f => f.FormKind).Select(g => g.MaxBy(f => f.Revision)!).ToList();
        var required = FormDocuments.RequiredOneOf(stage);
        var main = latest.Where(f => required.Any(k => k.ToString() == f.FormKind)).OrderBy(f => f.FormKind, StringComparer.Ordinal).FirstOrDefault();
        if (main is null && required.Count > 0)
        {
            throw new FilingRuleException("form.missing", $"请先填写或导入本阶段的表单（{string.Join("或", required.Select(FormTitles.Of))}），再提交。");
        }

        var errors = latest.Sum(f => Findings(f).Count(x => x.Severity == FindingSeverity.Error));
        if (errors > 0)
        {
            throw new FilingRuleException("form.has-errors", $"表单还有 {errors} 处错误，请按提示修改后再提交。");
        }

        var ordered = main is null ? latest : [main, .. latest.Where(f => f != main)];
        return new SubmittableForm(ordered, main is null ? new object() : FormDocuments.Deserialize(Enum.Parse<FormKind>(main.FormKind), main.Document));
    }

    /// <summary>Records which revisions went out as <paramref name="formVersion"/>; a revision submitted before is copied.</summary>
    public void MarkSubmitted(SubmittableForm form, int formVersion, string userId, DateTimeOffset now)
    {
        foreach (var record in form.Records)
        {
            if (record.SubmittedVersion is null)
            {
                db.Forms.Attach(record).Entity.SubmittedVersion = formVersion;
                continue;
            }

            db.Forms.Add(new FormRecord
            {
                FilingId = record.FilingId,
                Stage = record.Stage,
                FormKind = record.FormKind,
                Revision = record.Revision + 1,
                Document = record.Document,
                Findings = record.Findings,
                SavedAt = now.UtcDateTime,
                SavedBy = userId,
                SubmittedVersion = formVersion,
            });
        }
    }

    private IQueryable<FormRecord> Revisions(Guid filingId, CycleStage stage)
    {
        var stageKey = stage.ToString();
        return db.Forms.AsNoTracking().Where(f => f.FilingId == filingId && f.Stage == stageKey);
    }

    private async Task<Domain.Filings.Filing> EditableFilingAsync(CurrentUser user, Guid filingId, CancellationToken cancellationToken)
    {
        var record = await db.Filings.AsNoTracking().SingleOrDefaultAsync(f => f.Id == filingId, cancellationToken)
            ?? throw new ResourceNotFoundException("filing.not-found", "未找到该绩效管理档案。");
        await db.RequireVisibleAsync(user, record.DepartmentId, cancellationToken);
        if (!FilingAccess.CanFileFor(user, record.DepartmentId))
        {
            throw new AccessDeniedException("form.filer-only", "只有本部门的填报人可以填写表单。");
        }

        var filing = Domain.Filings.Filing.FromSnapshot(FilingSnapshotJson.Read(record.Snapshot));
        return filing.State is StageState.Draft or StageState.Returned
            ? filing
            : throw new FilingRuleException("form.not-editable", $"表单当前为“{StageStateNames.Of(filing.State)}”，不能修改。");
    }

    private static IReadOnlyList<Finding> Findings(FormRecord record) =>
        JsonSerializer.Deserialize<List<Finding>>(record.Findings, FormDocuments.Json) ?? [];

    private static string JsonOf(FormView? view) => view is null ? "{}" : FormDocuments.Serialize(view.Document);

    private static FormView ToView(FormRecord record)
    {
        var kind = Enum.Parse<FormKind>(record.FormKind);
        var findings = Findings(record);
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
