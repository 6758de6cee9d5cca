using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using PerfWorkflow.Domain.Forms;
using PerfWorkflow.Domain.Forms.Validation;
using PerfWorkflow.Portal.Api;
using PerfWorkflow.Portal.Forms;
using PerfWorkflow.Portal.Security;

namespace PerfWorkflow.Portal.Pages.Filings;

/// <summary>
/// 绩效运行监控表 online: opens pre-filled from the approved declaration (indicators, targets, annual budget); the filer
/// enters the progress and the execution; each indicator's light is computed by the domain's rules, shown on
/// 重新计算 (nothing saved) and after 保存, and a light that is not green asks for 偏差原因 and 纠偏措施.
/// </summary>
public sealed class MonitoringModel(PortalApiClient api, PortalFormsClient forms) : PageModel
{
    public const string Kind = nameof(FormKind.MonitoringForm);

    [FromRoute]
    public Guid Id { get; set; }

    [BindProperty]
    public MonitoringInput Input { get; set; } = new();

    public FilingDto? Filing { get; private set; }
    public string? DepartmentName { get; private set; }
    public FormDto? Saved { get; private set; }
    public PerformanceMonitoringForm? Form { get; private set; }
    public IReadOnlyList<IndicatorProgress> Lights { get; private set; } = [];

    /// <summary>执行率 of the form as shown (saved, or as typed on 重新计算), in %.</summary>
    public decimal? ExecutionRatePercent { get; private set; }
    public IReadOnlyDictionary<string, string> InputErrors { get; private set; } = new Dictionary<string, string>();
    public ApiProblem? Problem { get; private set; }
    public string? Notice { get; private set; }
    public AuditEntryDto? LatestReturn { get; private set; }

    /// <summary>True while the form shown was built from the declaration and has not been saved yet.</summary>
    public bool IsPrefilled => Saved is null && Form is not null;

    public bool CanEdit => Filing is { State: "Draft" or "Returned", ActiveStage: "Monitoring" } && User.IsFilerOf(Filing.DepartmentId);

    public async Task<IActionResult> OnGetAsync(CancellationToken cancellationToken)
    {
        if (await LoadAsync(cancellationToken) is { } refusal)
        {
            return refusal;
        }

        if (Form is not null)
        {
            Input = MonitoringEditing.InputOf(Form);
            Show(Form);
        }

        return Page();
    }

    /// <summary>重新计算: the lights of what is typed, nothing saved.</summary>
    public async Task<IActionResult> OnPostRecalculateAsync(CancellationToken cancellationToken)
    {
        if (await LoadAsync(cancellationToken) is { } refusal)
        {
            return refusal;
        }

        if (Applied() is { } applied)
        {
            Show(applied);
            Notice = "已按填写内容重新计算预警灯（尚未保存）。";
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
            Problem ??= new ApiProblem(409, "无法保存", "监控表当前不可修改（未到监控阶段、已提交审核，或不是本部门的填报人）。", new Dictionary<string, string[]>());
            Response.StatusCode = StatusCodes.Status409Conflict;
            return Page();
        }

        Show(applied);
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

    private void Show(PerformanceMonitoringForm form)
    {
        Lights = MonitoringProgressRules.Assess(form);
        ExecutionRatePercent = form.AnnualBudget > 0m ? Math.Round(form.ExecutedJanuaryToJune / form.AnnualBudget * 100m, 2, MidpointRounding.AwayFromZero) : null;
    }

    /// <summary>The shown form with the posted inputs applied; null (with the reason in <see cref="InputErrors"/>) when there is none.</summary>
    private PerformanceMonitoringForm? Applied()
    {
        if (Form is null)
        {
            return null;
        }

        var (applied, errors) = MonitoringEditing.Apply(Form, Input);
        InputErrors = errors;
        return errors.ContainsKey("Rows") ? null : applied;
    }

    private async Task<IActionResult?> LoadAsync(CancellationToken cancellationToken)
    {
        var context = await StageFormContext.LoadAsync(api, forms, Id, "Monitoring", cancellationToken);
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
            Form = FormJson.To<PerformanceMonitoringForm>(Saved.Document);
        }
        else if (CanEdit)
        {
            var (declaration, _) = await forms.FormsAsync(Id, "Declaration", null, cancellationToken);
            if (declaration.FirstOrDefault(f => f.Kind == nameof(FormKind.DepartmentDeclaration)) is { } approved)
            {
                Form = StageDrafts.Monitoring(FormJson.To<DepartmentBudgetDeclaration>(approved.Document), Filing.FiscalYear);
            }
        }

        return null;
    }
}
