using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using PerfWorkflow.Portal.Api;
using PerfWorkflow.Portal.Forms;
using PerfWorkflow.Portal.Security;

namespace PerfWorkflow.Portal.Pages.Filings;

/// <summary>
/// A stage's forms of one filing: read them with their findings beside the fields; for the department's filer while
/// the form is a draft or returned, import a file, edit money and the indicator tree, save a draft, submit; export .xlsx.
/// What was typed stays on the page when the Portal or the service refuses it.
/// </summary>
public sealed class FormModel(PortalApiClient api, PortalFormsClient forms) : PageModel
{
    public const long MaxUploadBytes = 10 * 1024 * 1024;

    public const string DeclarationKind = "DepartmentDeclaration";

    public const string ProjectTableKind = "ProjectTable";

    private bool _foreignRows;

    private bool _foreignProjects;

    [FromRoute]
    public Guid Id { get; set; }

    [FromRoute]
    public string? Stage { get; set; }

    [BindProperty(SupportsGet = true)]
    public string? Edit { get; set; }

    [BindProperty(SupportsGet = true)]
    public bool View { get; set; }

    [BindProperty]
    public List<MoneyInput> Money { get; set; } = [];

    [BindProperty]
    public List<IndicatorRowInput> Rows { get; set; } = [];

    /// <summary>总体绩效目标, 年度重点工作任务 and 其他任务 of a declaration being edited.</summary>
    [BindProperty]
    public DeclarationTextsInput Texts { get; set; } = new();

    /// <summary>The rows of a 项目支出绩效目标表 being edited, in the order of the page; each row's indicators are in <see cref="Rows"/>.</summary>
    [BindProperty]
    public List<ProjectRowInput> Projects { get; set; } = [];

    /// <summary>The 合计 row of a 项目支出绩效目标表 being edited.</summary>
    [BindProperty]
    public ProjectRowInput ProjectTotal { get; set; } = new();

    public FilingDto? Filing { get; private set; }
    public string? DepartmentName { get; private set; }
    public IReadOnlyList<FormDto> Forms { get; private set; } = [];
    public ApiProblem? Problem { get; private set; }
    public string? Notice { get; private set; }
    public IReadOnlyDictionary<string, string> MoneyMessages { get; private set; } = new Dictionary<string, string>();
    public IReadOnlyDictionary<int, string> RowMessages { get; private set; } = new Dictionary<int, string>();
    public IReadOnlyDictionary<int, string> TaskMessages { get; private set; } = new Dictionary<int, string>();

    /// <summary>Field messages of the project table's rows, by <see cref="ProjectTableEditing.MessageKey"/>.</summary>
    public IReadOnlyDictionary<string, string> ProjectMessages { get; private set; } = new Dictionary<string, string>();
    public string? InputError { get; private set; }
    public int? FocusRow { get; private set; }

    public string StageKey => Stage ?? Filing?.ActiveStage ?? "Declaration";

    public bool CanEdit => Filing is { State: "Draft" or "Returned" } && Filing.ActiveStage == StageKey && User.IsFilerOf(Filing.DepartmentId);

    /// <summary>The declaration stage is the filer's and has no 部门整体预算绩效目标申报表 yet: it may be started online.</summary>
    public bool CanStartDeclaration => CanStart(DeclarationKind);

    /// <summary>The same for the 项目支出绩效目标表, so a department with no file can file both declaration forms online.</summary>
    public bool CanStartProjectTable => CanStart(ProjectTableKind);

    /// <summary>
    /// The stage holds a 项目支出绩效目标表 but no 部门整体预算绩效目标申报表: the stage cannot be submitted (form.missing),
    /// which the page says before the filer tries.
    /// </summary>
    public bool NeedsDeclaration => StageKey == "Declaration" && Forms.Any(f => f.Kind == ProjectTableKind) && Forms.All(f => f.Kind != DeclarationKind);

    public FormDto? Edited => CanEdit && !View ? Forms.FirstOrDefault(f => f.Kind == Edit && FormEditing.IsEditable(f.Kind)) : null;

    public async Task<IActionResult> OnGetAsync(CancellationToken cancellationToken)
    {
        if (await LoadAsync(cancellationToken) is { } refusal)
        {
            return refusal;
        }

        if (Edited is { } form)
        {
            Money = FormEditing.MoneyOf(form.Kind, form.Document).ToList();
            Rows = FormEditing.RowsOf(form.Kind, form.Document);
            Texts = DeclarationTexts.WithBlankRow(DeclarationTexts.Of(form.Document));
            if (form.Kind == ProjectTableKind)
            {
                Projects = ProjectTableEditing.RowsOf(form.Document);
                ProjectTotal = ProjectTableEditing.TotalOf(form.Document);
            }
        }

        return Page();
    }

    public async Task<IActionResult> OnPostSaveAsync(CancellationToken cancellationToken)
    {
        if (await LoadAsync(cancellationToken) is { } refusal)
        {
            return refusal;
        }

        if (Edited is not { } form)
        {
            Problem = new ApiProblem(409, "无法保存", "表单当前不可修改，或该表单不支持在线编辑。", new Dictionary<string, string[]>());
            return Page();
        }

        if (_foreignRows || _foreignProjects)
        {
            return Unprocessable("提交的指标行或项目行不属于该表单，未保存；请刷新页面后重新编辑。");
        }

        MoneyMessages = FormEditing.MoneyErrors(Money);
        RowMessages = FormEditing.RowErrors(Rows);
        var isDeclaration = form.Kind == DeclarationKind;
        var isProjectTable = form.Kind == ProjectTableKind;
        TaskMessages = isDeclaration ? DeclarationTexts.Errors(Texts) : new Dictionary<int, string>();
        ProjectMessages = isProjectTable ? ProjectTableEditing.Errors(Projects, ProjectTotal) : new Dictionary<string, string>();
        if (MoneyMessages.Count > 0 || RowMessages.Count > 0 || TaskMessages.Count > 0 || ProjectMessages.Count > 0)
        {
            InputError = "有内容未填写正确，请按提示修改后再保存（已填写的内容均已保留）。";
            return Page();
        }

        var document = isProjectTable
            ? ProjectTableEditing.Apply(form.Document, Projects, ProjectTotal, Rows)
            : FormEditing.Apply(form.Document, form.Kind, Money, Rows);
        if (isDeclaration)
        {
            DeclarationTexts.Apply(document, Texts);
        }

        var (saved, problem) = await forms.SaveAsync(Id, form.Kind, document, cancellationToken);
        if (problem is not null)
        {
            Problem = problem;
            return problem.Status == 403 ? Forbidden() : Page();
        }

        TempData["notice"] = saved!.HasErrors
            ? $"已保存为第 {saved.Revision} 版草稿；表单还有 {saved.Findings.Count(f => f.Severity == Domain.Validation.FindingSeverity.Error)} 处错误，修改后才能提交。"
            : $"已保存为第 {saved.Revision} 版草稿。";
        return RedirectToPage(new { id = Id, stage = Stage, edit = form.Kind });
    }

    /// <summary>
    /// 在线填写申报表: a department with no file to import starts its 部门整体预算绩效目标申报表 blank (its name filled from
    /// the filing), saved as the first draft through the same save as every edit, and opens it in the editor.
    /// </summary>
    public Task<IActionResult> OnPostStartAsync(CancellationToken cancellationToken) =>
        StartAsync(DeclarationKind, name => FormJson.ToNode(Domain.Forms.StageDrafts.Declaration(name)),
            "已新建空白申报表（第 {0} 版草稿），请填写部门预算、总体绩效目标和绩效指标后保存。", cancellationToken);

    /// <summary>在线填写项目支出绩效目标表: the same for the project table, which starts with no project row.</summary>
    public Task<IActionResult> OnPostStartProjectTableAsync(CancellationToken cancellationToken) =>
        StartAsync(ProjectTableKind, name => FormJson.ToNode(Domain.Forms.StageDrafts.ProjectTable(name)),
            "已新建空白项目支出绩效目标表（第 {0} 版草稿），请添加项目行，填写金额、绩效目标和绩效指标后保存。", cancellationToken);

    /// <summary>添加项目行: re-shows the editor with one more empty project row (and its empty indicator list); nothing is saved yet.</summary>
    public async Task<IActionResult> OnPostAddProjectAsync(CancellationToken cancellationToken)
    {
        if (await LoadAsync(cancellationToken) is { } refusal)
        {
            return refusal;
        }

        if (Edited is not { Kind: ProjectTableKind } || _foreignProjects)
        {
            return Unprocessable("无法添加项目行：表单当前不可修改，或提交的行不属于该表单。");
        }

        Projects.Add(new ProjectRowInput());
        FocusProject = Projects.Count - 1;
        ModelState.Clear();
        return Page();
    }

    /// <summary>添加指标行: re-shows the editor with one more empty row under the list asked for; nothing is saved yet.</summary>
    public async Task<IActionResult> OnPostAddRowAsync(string? addTo, CancellationToken cancellationToken)
    {
        if (await LoadAsync(cancellationToken) is { } refusal)
        {
            return refusal;
        }

        if (Edited is null || _foreignProjects || addTo is null || !EditorLists.Contains(addTo))
        {
            return Unprocessable("无法添加指标行：表单当前不可修改，或指定的指标列表不存在。");
        }

        var last = Rows.FindLastIndex(r => r.List == addTo);
        var template = last >= 0 ? Rows[last] : null;
        var row = new IndicatorRowInput { List = addTo, Level1 = template?.Level1, Level2 = template?.Level2 };
        Rows.Insert(last + 1, row);
        FocusRow = last + 1;
        ModelState.Clear();
        return Page();
    }

    public async Task<IActionResult> OnPostImportAsync(IFormFile? upload, CancellationToken cancellationToken)
    {
        if (await LoadAsync(cancellationToken) is { } refusal)
        {
            return refusal;
        }

        if (upload is null || upload.Length == 0)
        {
            InputError = "请选择要导入的文件（.xlsx 或 .txt）。";
            return Page();
        }

        if (upload.Length > MaxUploadBytes)
        {
            InputError = "文件超过 10 MB，请确认是否选错了文件。";
            return Page();
        }

        await using var stream = upload.OpenReadStream();
        var (imported, problem) = await forms.ImportAsync(Id, stream, Path.GetFileName(upload.FileName), cancellationToken);
        if (problem is not null)
        {
            Problem = problem;
            return problem.Status == 403 ? Forbidden() : Page();
        }

        TempData["notice"] = $"已导入“{FormLabels.OfKind(imported!.Kind)}”，保存为第 {imported.Revision} 版（{imported.Findings.Count} 条校验提示）。";
        return RedirectToPage(new { id = Id, stage = Stage, edit = imported.Kind });
    }

    /// <summary>The .xlsx export, fetched from the Filing API with the person's token and handed to the browser.</summary>
    public async Task<IActionResult> OnGetExportAsync(string kind, int? version, CancellationToken cancellationToken)
    {
        var (file, problem) = await forms.ExportAsync(Id, StageKey, kind, version, cancellationToken);
        if (file is not null)
        {
            // Named by department, year and form, so each department's file is told apart in a download folder.
            var (filing, _) = await api.FilingAsync(Id, cancellationToken);
            var department = filing is null ? null : (await api.DepartmentsAsync(cancellationToken)).FirstOrDefault(d => d.Id == filing.DepartmentId)?.Name;
            var name = filing is null || department is null ? file.FileName : $"{department}-{filing.FiscalYear}年度-{FormLabels.OfKind(kind)}.xlsx";
            return File(file.Content, file.ContentType, name);
        }

        await LoadAsync(cancellationToken);
        Problem = problem;
        return problem?.Status == 403 ? Forbidden() : Page();
    }

    /// <summary>Layout and finding placement of a document shown for reading.</summary>
    public static DocumentView ReadingOf(FormDto form)
    {
        var section = DocumentLayout.Of(form.Kind, form.Document);
        return new DocumentView(section, new FindingPlacement(form.Findings, DocumentLayout.Anchors(section)));
    }

    /// <summary>Where the edited document's findings go: money inputs, the money block, and the rows as saved.</summary>
    public FindingPlacement EditorPlacement(FormDto form)
    {
        var anchors = new List<string> { "budget" };
        anchors.AddRange(FormEditing.DeclarationMoney);
        if (form.Kind == DeclarationKind)
        {
            anchors.Add("overallTarget");
        }

        foreach (var list in EditorLists.Select(SavedList).OfType<string>())
        {
            anchors.Add(list);
            anchors.Add(list[..Math.Max(0, list.LastIndexOf('.'))]);
        }

        if (form.Kind == ProjectTableKind)
        {
            anchors.AddRange(ProjectTableEditing.Anchors(Projects));
        }

        foreach (var row in Rows.Where(r => r.Original >= 0 && SavedList(r.List) is not null))
        {
            var path = $"{SavedList(row.List)}[{row.Original}]";
            anchors.Add(path);
            anchors.AddRange(DocumentLayout.IndicatorFields.Select(f => $"{path}.{f}"));
        }

        return new FindingPlacement(form.Findings, anchors.Where(a => a.Length > 0));
    }

    private async Task<IActionResult?> LoadAsync(CancellationToken cancellationToken)
    {
        (Filing, Problem) = await api.FilingAsync(Id, cancellationToken);
        Notice = TempData["notice"] as string;
        if (Filing is null)
        {
            return Problem?.Status == 403 ? Forbidden() : NotFoundPage();
        }

        LatestReturn = Filing.State == "Returned"
            ? (await api.AuditAsync(Id, cancellationToken)).LastOrDefault(a => a.Action.StartsWith("return", StringComparison.Ordinal))
            : null;
        DepartmentName = (await api.DepartmentsAsync(cancellationToken)).FirstOrDefault(d => d.Id == Filing.DepartmentId)?.Name ?? Filing.DepartmentId;
        var (loaded, problem) = await forms.FormsAsync(Id, StageKey, null, cancellationToken);
        Forms = loaded;
        Problem ??= problem;
        Edit = Forms.Any(f => f.Kind == Edit) ? Edit : Forms.FirstOrDefault(f => FormEditing.IsEditable(f.Kind))?.Kind;

        // Posted rows name their list; a row naming a list the document does not have was not typed into this page,
        // nor was a project row that is not one of the saved table's (or new).
        var lists = EditorLists;
        var known = Rows.Where(r => r.List is not null && lists.Contains(r.List)).ToList();
        _foreignRows = known.Count < Rows.Count;
        _foreignProjects = Edited is { Kind: ProjectTableKind } table && !ProjectTableEditing.CameFromThePage(Projects, table.Document);
        Rows = known;
        return null;
    }

    /// <summary>The indicator lists of the editor: the declaration's, or one per project row on the page (those added too).</summary>
    public IReadOnlyList<string> EditorLists => Edited switch
    {
        null => [],
        { Kind: ProjectTableKind } => ProjectTableEditing.ListsOf(Projects),
        var form => FormEditing.ListsOf(form.Kind, form.Document),
    };

    /// <summary>The saved list an editor list's findings name: itself, or for a project row its saved row's (null: added on the page).</summary>
    public string? SavedList(string list) => Edited is { Kind: ProjectTableKind } ? ProjectTableEditing.SavedListOf(list, Projects) : list;

    /// <summary>The project row just added, whose name field takes the focus.</summary>
    public int? FocusProject { get; private set; }

    private bool CanStart(string kind) => CanEdit && StageKey == "Declaration" && Forms.All(f => f.Kind != kind);

    private async Task<IActionResult> StartAsync(string kind, Func<string, System.Text.Json.Nodes.JsonNode> blank, string notice, CancellationToken cancellationToken)
    {
        if (await LoadAsync(cancellationToken) is { } refusal)
        {
            return refusal;
        }

        if (Forms.Any(f => f.Kind == kind))
        {
            return RedirectToPage(new { id = Id, stage = Stage, edit = kind });
        }

        if (!CanStart(kind))
        {
            Response.StatusCode = StatusCodes.Status409Conflict;
            Problem = new ApiProblem(409, "无法在线填写", $"当前不是本部门申报阶段的草稿或退回修改，不能新建{FormLabels.OfKind(kind)}。", new Dictionary<string, string[]>());
            return Page();
        }

        var (saved, problem) = await forms.SaveAsync(Id, kind, blank(DepartmentName!), cancellationToken);
        if (problem is not null)
        {
            Problem = problem;
            return problem.Status == 403 ? Forbidden() : Page();
        }

        TempData["notice"] = string.Format(System.Globalization.CultureInfo.InvariantCulture, notice, saved!.Revision);
        return RedirectToPage(new { id = Id, stage = "Declaration", edit = kind });
    }

    private PageResult Unprocessable(string message)
    {
        InputError = message;
        ModelState.Clear();
        Response.StatusCode = StatusCodes.Status422UnprocessableEntity;
        return Page();
    }

    /// <summary>The comment of the latest 退回修改 while the form is returned, shown above the form being corrected.</summary>
    public AuditEntryDto? LatestReturn { get; private set; }

    private PageResult NotFoundPage()
    {
        Response.StatusCode = Problem?.Status == 404 ? StatusCodes.Status404NotFound : StatusCodes.Status200OK;
        return Page();
    }

    private PageResult Forbidden()
    {
        Response.StatusCode = StatusCodes.Status403Forbidden;
        return Page();
    }
}
