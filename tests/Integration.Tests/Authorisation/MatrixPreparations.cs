using PerfWorkflow.Documents;
using PerfWorkflow.Filing.Tests.Infrastructure;

namespace PerfWorkflow.Integration.Tests.Authorisation;

/// <summary>The states matrix rows start from, and who each role is for a target.</summary>
public static class MatrixPreparations
{
    public static string? UserFor(MatrixRole role, MatrixTarget target) => role switch
    {
        MatrixRole.OwnFiler => DemoOrganisation.FilerOf(target.DepartmentId),
        MatrixRole.OtherFiler => DemoOrganisation.FilerOf(MatrixServices.OtherDepartment),
        MatrixRole.OwnHead => DemoOrganisation.HeadOf(target.DepartmentId),
        MatrixRole.OtherHead => DemoOrganisation.HeadOf(MatrixServices.OtherDepartment),
        MatrixRole.SupervisingReviewer => MatrixServices.SupervisingReviewer,
        MatrixRole.SupervisingDepartmentFiler => MatrixServices.SupervisingDepartmentFiler,
        MatrixRole.Finance => DemoOrganisation.Finance1,
        MatrixRole.PerformanceOffice => DemoOrganisation.PerformanceOffice,
        MatrixRole.OtherRegionOffice => MatrixServices.OtherRegionOffice,
        _ => null,
    };

    /// <summary>Seed 000's declaration as the JSON document a PUT of the form carries.</summary>
    public static System.Text.Json.JsonElement Declaration000Document { get; } =
        System.Text.Json.JsonDocument.Parse(PerfWorkflow.Filing.Application.FormDocuments.Serialize(
            FormDocumentImporter.Import(MatrixDriver.Seed(SeedFile.Declaration000)).Form!)).RootElement.Clone();

    public static Func<MatrixDriver, MatrixRole?, Task<MatrixTarget>> At(Milestone milestone) =>
        async (driver, _) => Of(await driver.NewAtAsync(milestone));

    /// <summary>No filing: a secondary unit and a fiscal year nobody uses yet.</summary>
    public static Task<MatrixTarget> NoFiling(MatrixDriver driver, MatrixRole? role)
    {
        var (department, year) = driver.Services.ReserveFiling();
        return Task.FromResult(new MatrixTarget(null, department, year));
    }

    /// <summary>A form in review, moved on (by the earlier steps' assignees) to the step the role signs.</summary>
    public static Func<MatrixDriver, MatrixRole?, Task<MatrixTarget>> InReviewAtStepOf(Milestone inReview) => async (driver, role) =>
    {
        var filing = await driver.NewAtAsync(inReview);
        var target = Of(filing);
        var user = role is MatrixRole.SupervisingReviewer or MatrixRole.Finance or MatrixRole.PerformanceOffice ? UserFor(role.Value, target) : null;
        var view = await driver.ViewAsync(filing);
        while (user is not null && !view.GetProperty("currentAssignees").EnumerateArray().Any(a => a.GetString() == user))
        {
            view = await driver.SignCurrentStepAsync(filing, view);
        }

        return target;
    };

    /// <summary>A declaration submitted, returned by the head and submitted again: versions 1 and 2.</summary>
    public static async Task<MatrixTarget> TwoSubmittedVersions(MatrixDriver driver, MatrixRole? role)
    {
        var filing = await driver.NewAtAsync(Milestone.DeclarationInReview);
        await driver.MustActAsync(filing.Head, filing, "return", new { comment = "请补充重点工作任务的资金测算" });
        await driver.MustActAsync(filing.Filer, filing, "submit");
        return Of(filing);
    }

    /// <summary>An approved declaration whose targets the filer has started to adjust (绩效目标调整).</summary>
    public static async Task<MatrixTarget> AdjustingTargets(MatrixDriver driver, MatrixRole? role)
    {
        var filing = await driver.NewAtAsync(Milestone.DeclarationApproved);
        await driver.MustActAsync(filing.Filer, filing, "target-adjustment", new { reason = "年中追加预算，调整招商活动次数" });
        return Of(filing);
    }

    /// <summary>A filing in 监控 with one rectification item raised by finance, open for the department.</summary>
    public static async Task<MatrixTarget> OpenItem(MatrixDriver driver, MatrixRole? role)
    {
        var filing = await driver.NewAtAsync(Milestone.MonitoringDraft);
        return Of(filing) with { Item = await driver.RaiseItemAsync(filing) };
    }

    /// <summary>The same, with the department's evidence submitted and waiting for finance.</summary>
    public static async Task<MatrixTarget> SubmittedItem(MatrixDriver driver, MatrixRole? role)
    {
        var target = await OpenItem(driver, role);
        var filing = target.RequireFiling();
        await driver.MustActAsync(filing.Filer, filing, $"rectifications/{target.Item}/submit", new { evidence = "已按月调度，6月执行率提升至52%" });
        return target;
    }

    /// <summary>A declaration in review that Workflow has taken in (its cycle and its line on the deadline board).</summary>
    public static async Task<MatrixTarget> InWorkflow(MatrixDriver driver, MatrixRole? role)
    {
        var filing = await driver.NewAtAsync(Milestone.DeclarationInReview);
        await driver.WorkflowHasAsync(filing, "InReview");
        return Of(filing);
    }

    /// <summary>No filing: a secondary unit and a fiscal year whose declaration deadline the calendar covers.</summary>
    public static Task<MatrixTarget> NoFilingInCalendarYear(MatrixDriver driver, MatrixRole? role)
    {
        var (department, year) = driver.Services.ReserveCalendarYear();
        return Task.FromResult(new MatrixTarget(null, department, year));
    }

    /// <summary>A declaration still in draft, with a due date, that Workflow has taken in: its department may apply for more time.</summary>
    public static async Task<MatrixTarget> DraftInWorkflow(MatrixDriver driver, MatrixRole? role)
    {
        var filing = await driver.NewAtAsync(Milestone.DeclarationDraft, calendarYear: true);
        await driver.WorkflowHasAsync(filing, "Draft");
        return Of(filing);
    }

    /// <summary>The department's pending application for more time (申请延期).</summary>
    public static async Task<MatrixTarget> PendingApplication(MatrixDriver driver, MatrixRole? role)
    {
        var target = await DraftInWorkflow(driver, role);
        return target with { Application = await driver.ApplyForExtensionAsync(target.RequireFiling()) };
    }

    /// <summary>A declaration in review with the head's inbox item about it (the review to-do).</summary>
    public static async Task<MatrixTarget> HeadsInboxItem(MatrixDriver driver, MatrixRole? role)
    {
        var filing = await driver.NewAtAsync(Milestone.DeclarationInReview);
        return Of(filing) with { InboxItem = await driver.HeadItemAsync(filing) };
    }

    private static MatrixTarget Of(FilingRef filing) => new(filing, filing.DepartmentId, filing.FiscalYear);
}
