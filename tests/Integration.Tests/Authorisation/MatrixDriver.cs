using System.Text.Json;
using PerfWorkflow.Filing.Tests.Infrastructure;

namespace PerfWorkflow.Integration.Tests.Authorisation;

/// <summary>
/// Brings matrix targets to their state through the services' HTTP APIs, the way people would: the filer imports
/// and submits, each step's assignee approves or signs off, the performance office opens the next stage; and waits
/// (on conditions) until Workflow and Notification have taken in what Filing published.
/// </summary>
public sealed class MatrixDriver(MatrixServices services)
{
    public MatrixServices Services => services;

    /// <param name="calendarYear">In one of <see cref="MatrixServices.CalendarYears"/>, so its stages have due dates.</param>
    public async Task<FilingRef> OpenAsync(bool calendarYear = false)
    {
        var (department, year) = calendarYear ? services.ReserveCalendarYear() : services.ReserveFiling();
        using var office = await services.ClientAsync(MatrixService.Filing, DemoOrganisation.PerformanceOffice);
        var opened = (await office.PostJsonAsync("/api/filings", new { departmentId = department, fiscalYear = year })).Ok();
        return new FilingRef(opened.GetProperty("id").GetGuid(), department, year);
    }

    /// <summary>A new filing brought to <paramref name="milestone"/>.</summary>
    public async Task<FilingRef> NewAtAsync(Milestone milestone, bool calendarYear = false)
    {
        var filing = await OpenAsync(calendarYear);
        for (var next = Milestone.DeclarationFilled; next <= milestone; next++)
        {
            await StepAsync(filing, next);
        }

        return filing;
    }

    public async Task<ApiResponse> ActAsync(string userId, FilingRef filing, string action, object? body = null)
    {
        using var client = await services.ClientAsync(MatrixService.Filing, userId);
        return await client.PostJsonAsync(filing.Url("/" + action), body ?? new { });
    }

    public async Task<JsonElement> MustActAsync(string userId, FilingRef filing, string action, object? body = null) =>
        (await ActAsync(userId, filing, action, body)).Ok();

    /// <summary>The filing as the performance office sees it.</summary>
    public Task<JsonElement> ViewAsync(FilingRef filing) => GetAsync(MatrixService.Filing, DemoOrganisation.PerformanceOffice, filing.Url());

    /// <summary>The filing and its audit trail, as text, to show that a refused request changed neither.</summary>
    public async Task<string> StateAsync(FilingRef filing) =>
        $"{await ViewAsync(filing)}\n{await GetAsync(MatrixService.Filing, DemoOrganisation.PerformanceOffice, filing.Url("/audit"))}";

    public async Task<JsonElement> GetAsync(MatrixService service, string userId, string url)
    {
        using var client = await services.ClientAsync(service, userId);
        return (await client.GetApiAsync(url)).Ok();
    }

    /// <summary>Each assignee of the current step in turn approves (or signs off, in 监控) until the form leaves review.</summary>
    public async Task<JsonElement> ApproveThroughAsync(FilingRef filing)
    {
        var view = await ViewAsync(filing);
        while (view.GetProperty("state").GetString() == "InReview")
        {
            view = await SignCurrentStepAsync(filing, view);
        }

        return view;
    }

    /// <summary>The first assignee of the current step approves (or signs off, in 监控).</summary>
    public Task<JsonElement> SignCurrentStepAsync(FilingRef filing, JsonElement view)
    {
        var signer = view.GetProperty("currentAssignees")[0].GetString()!;
        var action = view.GetProperty("activeStage").GetString() == "Monitoring" ? "sign-off" : "approve";
        return MustActAsync(signer, filing, action, new { comment = "同意" });
    }

    /// <summary>Raises a rectification item (as finance) and returns its number.</summary>
    public async Task<int> RaiseItemAsync(FilingRef filing)
    {
        var view = await MustActAsync(DemoOrganisation.Finance1, filing, "rectifications", RectificationItem());
        return view.GetProperty("rectificationItems").EnumerateArray().Max(i => i.GetProperty("number").GetInt32());
    }

    public static object RectificationItem() => new
    {
        source = "Monitoring",
        problem = "部分项目执行进度滞后",
        measure = "按月调度支付进度",
        owner = "财务科",
        deadline = DateOnly.FromDateTime(DateTime.UtcNow.AddDays(60)).ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture),
    };

    /// <summary>Waits until Workflow has the filing's cycle at <paramref name="stageState"/> and the deadline board shows it.</summary>
    public Task WorkflowHasAsync(FilingRef filing, string stageState) =>
        Eventually.WaitForAsync(async () =>
        {
            using var office = await services.ClientAsync(MatrixService.Workflow, DemoOrganisation.PerformanceOffice);
            var cycle = await office.GetApiAsync($"/api/workflow/filings/{filing.Id}");
            var board = await office.GetApiAsync($"/api/workflow/deadlines?filingId={filing.Id}");
            return cycle.IsSuccess && cycle.Body.GetProperty("cycle").GetProperty("stageState").GetString() == stageState
                && board.IsSuccess && board.Body.GetArrayLength() == 1 ? "seen" : null;
        }, $"Workflow to see filing {filing.Id} {stageState}");

    /// <summary>The id of the head's inbox item about the filing, once Notification has written it.</summary>
    public async Task<Guid> HeadItemAsync(FilingRef filing)
    {
        var item = await Eventually.WaitForAsync(async () =>
        {
            using var head = await services.ClientAsync(MatrixService.Notification, filing.Head);
            var inbox = (await head.GetApiAsync("/api/inbox?pageSize=200")).Ok();
            return inbox.GetProperty("items").EnumerateArray().Where(i => i.GetProperty("filingId").GetGuid() == filing.Id)
                .Select(i => i.GetProperty("id").GetString()).FirstOrDefault();
        }, $"an inbox item of {filing.Head} about {filing.Id}");
        return Guid.Parse(item);
    }

    /// <summary>The department's filer applies for more time (申请延期) for the filing's current stage.</summary>
    public async Task<Guid> ApplyForExtensionAsync(FilingRef filing)
    {
        using var filer = await services.ClientAsync(MatrixService.Workflow, filing.Filer);
        var application = (await filer.PostJsonAsync("/api/workflow/extension-applications", ExtensionApplication(filing))).Ok();
        return application.GetProperty("id").GetGuid();
    }

    public static object ExtensionApplication(FilingRef filing) =>
        new { filingId = filing.Id, newDueDate = LaterDeclarationDueDate(filing.FiscalYear), reason = "单位机构调整，申请延期提交" };

    /// <summary>A date after a declaration's due date (in the December before its year) that the calendar still covers.</summary>
    public static DateOnly LaterDeclarationDueDate(int fiscalYear) => new(fiscalYear - 1, 12, 31);

    /// <summary>Takes the one step that brings a filing standing just before <paramref name="next"/> to it.</summary>
    public async Task StepAsync(FilingRef filing, Milestone next)
    {
        switch (next)
        {
            case Milestone.DeclarationFilled:
                await ImportAsync(filing, OwnSeed(SeedFile.Declaration000, filing), SeedFile.Declaration000);
                break;
            case Milestone.MonitoringFilled:
                await ImportAsync(filing, MonitoringWorkbook.For(MatrixServices.NameOf(filing.DepartmentId), filing.FiscalYear), "监控表.xlsx");
                break;
            case Milestone.SelfEvaluationFilled:
                await ImportAsync(filing, OwnSeed(SeedFile.Report001, filing), SeedFile.Report001);
                break;
            case Milestone.DeclarationInReview or Milestone.MonitoringInReview:
                await MustActAsync(filing.Filer, filing, "submit");
                break;
            case Milestone.SelfEvaluationInReview:
                await MustActAsync(filing.Filer, filing, "submit", new { selfScore = 90 });
                break;
            case Milestone.DeclarationApproved or Milestone.MonitoringApproved or Milestone.SelfEvaluationApproved:
                Assert.Equal("Approved", (await ApproveThroughAsync(filing)).GetProperty("state").GetString());
                break;
            case Milestone.MonitoringDraft:
                await MustActAsync(DemoOrganisation.PerformanceOffice, filing, "stages", new { stage = "Monitoring" });
                break;
            case Milestone.SelfEvaluationDraft:
                await MustActAsync(DemoOrganisation.PerformanceOffice, filing, "stages", new { stage = "SelfEvaluation" });
                break;
            default:
                throw new ArgumentOutOfRangeException(nameof(next), next, "not a step the matrix needs");
        }
    }

    public static byte[] Seed(string fileName) => File.ReadAllBytes(Path.Combine(RepositoryPaths.Seeds, fileName));

    /// <summary>A seed as the filing's own unit would upload it (its name and year; an import naming another is an error).</summary>
    public static byte[] OwnSeed(string seed, FilingRef filing) => SeedFile.As(seed, MatrixServices.NameOf(filing.DepartmentId), filing.FiscalYear);

    private async Task ImportAsync(FilingRef filing, byte[] bytes, string fileName)
    {
        using var filer = await services.ClientAsync(MatrixService.Filing, filing.Filer);
        var imported = (await filer.UploadAsync(filing.Url("/forms/import"), bytes, fileName)).Ok();
        Assert.False(imported.GetProperty("hasErrors").GetBoolean(), $"{fileName} has errors: {imported}");
    }
}
