using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using PerfWorkflow.Domain.Forms;
using PerfWorkflow.Domain.Scoring;
using PerfWorkflow.Portal.Api;
using PerfWorkflow.Portal.Forms;
using PerfWorkflow.Portal.Security;

namespace PerfWorkflow.Portal.Pages.Filings;

/// <summary>
/// 部门整体支出绩效自评表 online: opens pre-filled from the approved declaration and the monitoring form; the filer
/// enters the actual values, the money and the texts; the score the scoring rules give (the domain's
/// <see cref="SelfEvaluationTableScore"/>) is shown beside the score the filer states, on 重新计算 and after 保存.
/// </summary>
public sealed class EvaluationModel(PortalApiClient api, PortalFormsClient forms) : PageModel
{
    public const string Kind = nameof(FormKind.SelfEvaluationTable);

    [FromRoute]
    public Guid Id { get; set; }

    [BindProperty]
    public EvaluationInput Input { get; set; } = new();

    public FilingDto? Filing { get; private set; }
    public string? DepartmentName { get; private set; }
    public FormDto? Saved { get; private set; }
    public DepartmentSelfEvaluationTable? Table { get; private set; }
    public SelfEvaluationTableScore? Computed { get; private set; }
    public IReadOnlyDictionary<string, string> InputErrors { get; private set; } = new Dictionary<string, string>();
    public ApiProblem? Problem { get; private set; }
    public string? Notice { get; private set; }
    public AuditEntryDto? LatestReturn { get; private set; }

    public bool IsPrefilled => Saved is null && Table is not null;

    public bool CanEdit => Filing is { State: "Draft" or "Returned", ActiveStage: "SelfEvaluation" } && User.IsFilerOf(Filing.DepartmentId);

    public async Task<IActionResult> OnGetAsync(CancellationToken cancellationToken)
    {
        if (await LoadAsync(cancellationToken) is { } refusal)
        {
            return refusal;
        }

        if (Table is not null)
        {
            Input = EvaluationEditing.InputOf(Table);
            Computed = SelfEvaluationTableScore.Of(Table);
        }

        return Page();
    }

    /// <summary>重新计算: the score of what is typed, nothing saved.</summary>
    public async Task<IActionResult> OnPostRecalculateAsync(CancellationToken cancellationToken)
    {
        if (await LoadAsync(cancellationToken) is { } refusal)
        {
            return refusal;
        }

        if (Applied() is { } applied)
        {
            Computed = SelfEvaluationTableScore.Of(applied);
            Notice = $"已按填写内容重新计算：{Computed.Score.Total:0.##} 分（尚未保存）。";
        }

        return Page();
    }

    public async Task<IActionResult> OnPostSaveAsync(CancellationToken cancellationToken)
    {
        if (await LoadAsync(cancellationToken) is { } refusal)
        {
            return refusal;
        }

        if (!CanEdit || Applied() is not { } applied)
        {
            Problem ??= new ApiProblem(409, "无法保存", "自评表当前不可修改（未到自评阶段、已提交审核，或不是本部门的填报人）。", new Dictionary<string, string[]>());
            Response.StatusCode = StatusCodes.Status409Conflict;
            return Page();
        }

        Computed = SelfEvaluationTableScore.Of(applied);
        if (InputErrors.Count > 0)
        {
            Response.StatusCode = StatusCodes.Status422UnprocessableEntity;
            return Page();
        }

        var (saved, problem) = await forms.SaveAsync(Id, Kind, FormJson.ToNode(applied), cancellationToken);
        if (problem is not null)
        {
            Problem = problem;
            Response.StatusCode = StageFormContext.StatusOfRefusedSave(problem);
            return Page();
        }

        TempData["notice"] = StageFormContext.SavedNotice(saved!);
        return RedirectToPage(new { id = Id });
    }

    private DepartmentSelfEvaluationTable? Applied()
    {
        if (Table is null)
        {
            return null;
        }

        var (applied, errors) = EvaluationEditing.Apply(Table, Input);
        InputErrors = errors;
        return errors.ContainsKey("Rows") ? null : applied;
    }

    private async Task<IActionResult?> LoadAsync(CancellationToken cancellationToken)
    {
        var context = await StageFormContext.LoadAsync(api, forms, Id, "SelfEvaluation", cancellationToken);
        (Filing, Problem, DepartmentName, LatestReturn) = (context.Filing, context.Problem, context.DepartmentName, context.LatestReturn);
        Notice = TempData["notice"] as string;
        if (Filing is null)
        {
            Response.StatusCode = context.StatusWhenMissing;
            return Page();
        }

        var stageForms = context.StageForms;
        Saved = stageForms.FirstOrDefault(f => f.Kind == Kind);
        if (Saved is not null)
        {
            Table = FormJson.To<DepartmentSelfEvaluationTable>(Saved.Document);
        }
        else if (CanEdit)
        {
            var (declared, _) = await forms.FormsAsync(Id, "Declaration", null, cancellationToken);
            var (monitored, _) = await forms.FormsAsync(Id, "Monitoring", null, cancellationToken);
            if (declared.FirstOrDefault(f => f.Kind == nameof(FormKind.DepartmentDeclaration)) is { } declaration)
            {
                var monitoring = monitored.FirstOrDefault(f => f.Kind == MonitoringModel.Kind) is { } m ? FormJson.To<PerformanceMonitoringForm>(m.Document) : null;
                Table = StageDrafts.SelfEvaluation(FormJson.To<DepartmentBudgetDeclaration>(declaration.Document), monitoring, Filing.FiscalYear);
            }
        }

        return null;
    }
}
