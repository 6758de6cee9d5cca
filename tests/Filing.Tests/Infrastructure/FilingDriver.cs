using System.Text.Json;

namespace PerfWorkflow.Filing.Tests.Infrastructure;

/// <summary>
/// Drives test filings through the HTTP API the way people would: the filer imports and submits, each step's
/// assignee approves or signs off, the performance office opens the next stage.
/// </summary>
public sealed class FilingDriver(FilingApi api)
{
    public FilingApi Api => api;

    public async Task<FilingRef> OpenAsync(string? departmentId = null)
    {
        var (department, year) = api.ReserveFiling(departmentId);
        using var office = await api.AsAsync(DemoOrganisation.PerformanceOffice);
        var opened = (await office.PostJsonAsync("/api/filings", new { departmentId = department, fiscalYear = year })).Ok();
        return new FilingRef(opened.GetProperty("id").GetGuid(), department, year);
    }

    /// <summary>A new filing brought to <paramref name="milestone"/>.</summary>
    public async Task<FilingRef> NewAtAsync(Milestone milestone, string? departmentId = null)
    {
        var filing = await OpenAsync(departmentId);
        for (var next = Milestone.DeclarationFilled; next <= milestone; next++)
        {
            await StepAsync(filing, next);
        }

        return filing;
    }

    public async Task<ApiResponse> ActAsync(string userId, FilingRef filing, string action, object? body = null, string? idempotencyKey = null)
    {
        using var client = await api.AsAsync(userId);
        return await client.PostJsonAsync(filing.Url("/" + action), body ?? new { }, idempotencyKey);
    }

    public async Task<JsonElement> MustActAsync(string userId, FilingRef filing, string action, object? body = null) =>
        (await ActAsync(userId, filing, action, body)).Ok();

    public async Task<ApiResponse> ImportAsync(string userId, FilingRef filing, byte[] bytes, string fileName)
    {
        using var client = await api.AsAsync(userId);
        return await client.UploadAsync(filing.Url("/forms/import"), bytes, fileName);
    }

    /// <summary>The filing as the performance office sees it.</summary>
    public async Task<JsonElement> ViewAsync(FilingRef filing)
    {
        using var office = await api.AsAsync(DemoOrganisation.PerformanceOffice);
        return (await office.GetApiAsync(filing.Url())).Ok();
    }

    public async Task<JsonElement> AuditAsync(FilingRef filing)
    {
        using var office = await api.AsAsync(DemoOrganisation.PerformanceOffice);
        return (await office.GetApiAsync(filing.Url("/audit"))).Ok();
    }

    /// <summary>The filing and its audit trail, as text, to show that a refused request changed neither.</summary>
    public async Task<string> StateAsync(FilingRef filing) => $"{await ViewAsync(filing)}\n{await AuditAsync(filing)}";

    /// <summary>Each assignee of the current step in turn approves (or signs off, in 监控) until the form leaves review.</summary>
    public async Task<JsonElement> ApproveThroughAsync(FilingRef filing)
    {
        var view = await ViewAsync(filing);
        while (view.GetProperty("state").GetString() == "InReview")
        {
            var signer = view.GetProperty("currentAssignees")[0].GetString()!;
            var action = view.GetProperty("activeStage").GetString() == "Monitoring" ? "sign-off" : "approve";
            view = await MustActAsync(signer, filing, action, new { comment = "同意" });
        }

        return view;
    }

    public Task<JsonElement> OpenStageAsync(FilingRef filing, string stage) =>
        MustActAsync(DemoOrganisation.PerformanceOffice, filing, "stages", new { stage });

    /// <summary>Raises a rectification item (as finance) and returns its number.</summary>
    public async Task<int> RaiseItemAsync(FilingRef filing, string raisedBy = DemoOrganisation.Finance1)
    {
        var view = await MustActAsync(raisedBy, filing, "rectifications", RectificationItem());
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

    /// <summary>Takes the one step that brings a filing standing just before <paramref name="next"/> to it.</summary>
    public async Task StepAsync(FilingRef filing, Milestone next)
    {
        switch (next)
        {
            case Milestone.DeclarationFilled:
                Assert.False((await ImportAsync(filing.Filer, filing, SeedFiles.For(Seeds.Declaration000, filing), Seeds.Declaration000)).Ok().GetProperty("hasErrors").GetBoolean());
                break;
            case Milestone.MonitoringFilled:
                var workbook = MonitoringWorkbook.For(DemoOrganisation.NameOf(filing.DepartmentId), filing.FiscalYear);
                Assert.False((await ImportAsync(filing.Filer, filing, workbook, "监控表.xlsx")).Ok().GetProperty("hasErrors").GetBoolean());
                break;
            case Milestone.SelfEvaluationFilled:
                Assert.False((await ImportAsync(filing.Filer, filing, SeedFiles.For(Seeds.Report001, filing), Seeds.Report001)).Ok().GetProperty("hasErrors").GetBoolean());
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
                await OpenStageAsync(filing, "Monitoring");
                break;
            case Milestone.SelfEvaluationDraft:
                await OpenStageAsync(filing, "SelfEvaluation");
                break;
            case Milestone.Rectification:
                await OpenStageAsync(filing, "Rectification");
                break;
            case Milestone.Closed:
                await OpenStageAsync(filing, "Closed");
                break;
            default:
                throw new ArgumentOutOfRangeException(nameof(next), next, "not a step");
        }
    }
}
