using PerfWorkflow.Portal.Api;

namespace PerfWorkflow.Portal.Pages.Filings;

/// <summary>
/// What a stage's online form page (监控, 自评) shows around its form: the filing (or the service's refusal), the
/// department's name, the latest return and its reason while the stage is returned, and the forms saved in the stage.
/// </summary>
public sealed record StageFormContext(FilingDto? Filing, ApiProblem? Problem, string? DepartmentName, AuditEntryDto? LatestReturn, IReadOnlyList<FormDto> StageForms)
{
    public static async Task<StageFormContext> LoadAsync(PortalApiClient api, PortalFormsClient forms, Guid id, string stage, CancellationToken cancellationToken)
    {
        var (filing, problem) = await api.FilingAsync(id, cancellationToken);
        if (filing is null)
        {
            return new StageFormContext(null, problem, null, null, []);
        }

        var departmentName = (await api.DepartmentsAsync(cancellationToken)).FirstOrDefault(d => d.Id == filing.DepartmentId)?.Name ?? filing.DepartmentId;
        var latestReturn = filing.State == "Returned" && filing.ActiveStage == stage
            ? (await api.AuditAsync(id, cancellationToken)).LastOrDefault(a => a.Action.StartsWith("return", StringComparison.Ordinal))
            : null;
        var (stageForms, formsProblem) = await forms.FormsAsync(id, stage, null, cancellationToken);
        return new StageFormContext(filing, problem ?? formsProblem, departmentName, latestReturn, stageForms);
    }

    /// <summary>The status a page answers when the filing could not be shown: the service's 403 or 404, else 200.</summary>
    public int StatusWhenMissing => Problem?.Status is 403 or 404 ? Problem.Status : 200;

    /// <summary>The status a refused save answers: the service's own error status, else 422.</summary>
    public static int StatusOfRefusedSave(ApiProblem problem) => problem.Status is >= 400 and < 600 ? problem.Status : 422;

    /// <summary>What the page says after a save: the draft's revision, and how many errors still stop the submission.</summary>
    public static string SavedNotice(FormDto saved)
    {
        var errors = saved.Findings.Count(f => f.Severity == Domain.Validation.FindingSeverity.Error);
        return errors > 0
            ? $"已保存为第 {saved.Revision} 版草稿；还有 {errors} 处错误，修改后才能提交。"
            : $"已保存为第 {saved.Revision} 版草稿。";
    }
}
