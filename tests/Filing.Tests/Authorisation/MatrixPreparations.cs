using PerfWorkflow.Documents;
using PerfWorkflow.Filing.Application;
using PerfWorkflow.Filing.Tests.Infrastructure;

namespace PerfWorkflow.Filing.Tests.Authorisation;

/// <summary>The states matrix rows start from, and who each role is for a target.</summary>
public static class MatrixPreparations
{
    public static string? UserFor(MatrixRole role, MatrixTarget target) => role switch
    {
        MatrixRole.OwnFiler => DemoOrganisation.FilerOf(target.DepartmentId),
        MatrixRole.OtherFiler => DemoOrganisation.FilerOf(DemoOrganisation.OtherThan(target.DepartmentId)),
        MatrixRole.OwnHead => DemoOrganisation.HeadOf(target.DepartmentId),
        MatrixRole.OtherHead => DemoOrganisation.HeadOf(DemoOrganisation.OtherThan(target.DepartmentId)),
        MatrixRole.Finance => DemoOrganisation.Finance1,
        MatrixRole.PerformanceOffice => DemoOrganisation.PerformanceOffice,
        _ => null,
    };

    /// <summary>Seed 000's declaration as the JSON document a PUT of the form carries.</summary>
    public static System.Text.Json.JsonElement Declaration000Document { get; } =
        System.Text.Json.JsonDocument.Parse(FormDocuments.Serialize(FormDocumentImporter.Import(RepositoryPaths.Seed(Seeds.Declaration000)).Form!)).RootElement.Clone();

    public static Func<FilingDriver, MatrixRole?, Task<MatrixTarget>> At(Milestone milestone) =>
        async (driver, _) => Of(await driver.NewAtAsync(milestone));

    /// <summary>No filing: a department and a fiscal year nobody uses yet.</summary>
    public static Task<MatrixTarget> NoFiling(FilingDriver driver, MatrixRole? role)
    {
        var (department, year) = driver.Api.ReserveFiling();
        return Task.FromResult(new MatrixTarget(null, department, year));
    }

    /// <summary>A form in review, moved on (by the earlier steps' assignees) to the step the role signs.</summary>
    public static Func<FilingDriver, MatrixRole?, Task<MatrixTarget>> InReviewAtStepOf(Milestone inReview) => async (driver, role) =>
    {
        var filing = await driver.NewAtAsync(inReview);
        var target = Of(filing);
        var user = role is MatrixRole.Finance or MatrixRole.PerformanceOffice ? UserFor(role.Value, target) : null;
        var view = await driver.ViewAsync(filing);
        while (user is not null && !view.GetProperty("currentAssignees").EnumerateArray().Any(a => a.GetString() == user))
        {
            var signer = view.GetProperty("currentAssignees")[0].GetString()!;
            var action = view.GetProperty("activeStage").GetString() == "Monitoring" ? "sign-off" : "approve";
            view = await driver.MustActAsync(signer, filing, action, new { comment = "同意" });
        }

        return target;
    };

    /// <summary>A declaration submitted, returned by the head and submitted again: versions 1 and 2.</summary>
    public static async Task<MatrixTarget> TwoSubmittedVersions(FilingDriver driver, MatrixRole? role)
    {
        var filing = await driver.NewAtAsync(Milestone.DeclarationInReview);
        await driver.MustActAsync(filing.Head, filing, "return", new { comment = "请补充重点工作任务的资金测算" });
        await driver.MustActAsync(filing.Filer, filing, "submit");
        return Of(filing);
    }

    /// <summary>An approved declaration whose targets the filer has started to adjust (绩效目标调整).</summary>
    public static async Task<MatrixTarget> AdjustingTargets(FilingDriver driver, MatrixRole? role)
    {
        var filing = await driver.NewAtAsync(Milestone.DeclarationApproved);
        await driver.MustActAsync(filing.Filer, filing, "target-adjustment", new { reason = "年中追加预算，调整招商活动次数" });
        return Of(filing);
    }

    /// <summary>A filing in 监控 with one rectification item raised by finance, open for the department.</summary>
    public static async Task<MatrixTarget> OpenItem(FilingDriver driver, MatrixRole? role)
    {
        var filing = await driver.NewAtAsync(Milestone.MonitoringDraft);
        return Of(filing) with { Item = await driver.RaiseItemAsync(filing) };
    }

    /// <summary>The same, with the department's evidence submitted and waiting for finance.</summary>
    public static async Task<MatrixTarget> SubmittedItem(FilingDriver driver, MatrixRole? role)
    {
        var target = await OpenItem(driver, role);
        var filing = target.RequireFiling();
        await driver.MustActAsync(filing.Filer, filing, $"rectifications/{target.Item}/submit", new { evidence = "已按月调度，6月执行率提升至52%" });
        return target;
    }

    private static MatrixTarget Of(FilingRef filing) => new(filing, filing.DepartmentId, filing.FiscalYear);
}
