using System.Text.Json;
using PerfWorkflow.Domain.Filings;
using PerfWorkflow.Domain.Forms;
using PerfWorkflow.Domain.Validation;
using PerfWorkflow.Filing.Application;
using PerfWorkflow.Filing.Persistence;

namespace PerfWorkflow.Filing.Grains;

/// <summary>
/// The latest revision of each of a filing's documents, per stage and kind, as the grain keeps them: enough to
/// number the next save, to gate a submission and to answer "the stage's forms now" without the database. Earlier
/// revisions stay rows in <c>filing_forms</c>; reads of a submitted version go there.
/// </summary>
public sealed class StageFormSet
{
    private readonly Dictionary<(string Stage, string Kind), FormRecord> _latest = [];

    public StageFormSet(IEnumerable<FormRecord> latestRevisions)
    {
        foreach (var record in latestRevisions)
        {
            Remember(record);
        }
    }

    public IReadOnlyList<FormRecord> Of(CycleStage stage)
    {
        var key = stage.ToString();
        return _latest.Values.Where(f => f.Stage == key).OrderBy(f => f.FormKind, StringComparer.Ordinal).ToList();
    }

    public int NextRevision(string stage, string kind) => _latest.TryGetValue((stage, kind), out var latest) ? latest.Revision + 1 : 1;

    /// <summary>Keeps <paramref name="record"/> as its kind's latest revision (after it was committed).</summary>
    public void Remember(FormRecord record)
    {
        if (!_latest.TryGetValue((record.Stage, record.FormKind), out var known) || known.Revision <= record.Revision)
        {
            _latest[(record.Stage, record.FormKind)] = record;
        }
    }

    /// <summary>
    /// The stage's documents as they stand, refused when the main document is missing or any has errors: an error
    /// blocks submission, a warning only asks for the reviewer's eye.
    /// </summary>
    public SubmittableForm RequireSubmittable(CycleStage stage)
    {
        var latest = Of(stage);
        var required = FormKinds.RequiredOneOf(stage);
        var main = latest.Where(f => required.Any(k => k.ToString() == f.FormKind)).OrderBy(f => f.FormKind, StringComparer.Ordinal).FirstOrDefault();
        if (main is null && required.Count > 0)
        {
            throw new FilingRuleException("form.missing", $"请先填写或导入本阶段的表单（{string.Join("或", required.Select(FormKinds.TitleOf))}），再提交。");
        }

        var errors = latest.Sum(f => FindingsOf(f).Count(x => x.Severity == FindingSeverity.Error));
        if (errors > 0)
        {
            throw new FilingRuleException("form.has-errors", $"表单还有 {errors} 处错误，请按提示修改后再提交。");
        }

        var ordered = main is null ? latest : [main, .. latest.Where(f => f != main)];
        return new SubmittableForm(ordered, main is null ? null : FormDocuments.Deserialize(Enum.Parse<FormKind>(main.FormKind), main.Document));
    }

    /// <summary>
    /// The rows that record which revisions went out as <paramref name="formVersion"/>: a revision not submitted
    /// before is marked; one submitted before is copied as the next revision.
    /// </summary>
    public static (IReadOnlyList<FormRecord> Marked, IReadOnlyList<FormRecord> Added) Submitted(SubmittableForm form, int formVersion, string userId, DateTimeOffset now) =>
        (form.Records.Where(r => r.SubmittedVersion is null).Select(r => Copy(r, r.Revision, r.SavedAt, r.SavedBy, formVersion)).ToList(),
         form.Records.Where(r => r.SubmittedVersion is not null).Select(r => Copy(r, r.Revision + 1, now.UtcDateTime, userId, formVersion)).ToList());

    public static IReadOnlyList<Finding> FindingsOf(FormRecord record) =>
        JsonSerializer.Deserialize<List<Finding>>(record.Findings, FormDocuments.Json) ?? [];

    private static FormRecord Copy(FormRecord record, int revision, DateTime savedAt, string savedBy, int submittedVersion) => new()
    {
        FilingId = record.FilingId,
        Stage = record.Stage,
        FormKind = record.FormKind,
        Revision = revision,
        Document = record.Document,
        Findings = record.Findings,
        SavedAt = savedAt,
        SavedBy = savedBy,
        SubmittedVersion = submittedVersion,
    };
}
