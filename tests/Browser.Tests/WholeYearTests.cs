using System.Globalization;
using System.Net.Http.Json;
using System.Text.Json;
using System.Text.RegularExpressions;
using Microsoft.Playwright;
using PerfWorkflow.Browser.Tests.Infrastructure;

namespace PerfWorkflow.Browser.Tests;

/// <summary>
/// One department's whole year in the Portal, every stage filled online: the declaration (imported as a shortcut,
/// its 总体绩效目标 edited online, returned once and resubmitted), the monitoring form opened pre-filled from it with
/// a red light that must be explained and is signed off, the self-evaluation with the score the scoring rules give
/// beside the stated one, and one rectification item verified. The performance office opens each stage by hand, so
/// nothing waits for a date (the extension granted on the deadline board is DeadlineTests'). A screenshot of each step.
/// </summary>
[Collection(PortalCollection.Name)]
public sealed partial class WholeYearTests(PortalFixture portal)
{
    /// <summary>穗港科技合作园: its 2027 filing holds only seed 002's project table; its declaration is filed here.</summary>
    private const string Department = "d9f4358f8";

    private const string ReturnComment = "总体绩效目标未写明年度量化目标，请补充后重新提交。";
    private const string RevisedTarget = "推动穗港科技合作园高质量发展，全年完成招商任务，园区总收入达到1500亿元。";

    [Fact]
    public async Task A_department_files_its_whole_year_online_from_declaration_to_a_verified_rectification()
    {
        var id = await DemoFilings.IdOfAsync(portal.Host, Department, Demo.Year);
        var (name, region) = await DepartmentAsync();
        var filer = Demo.Filer(Department);

        // 申报: another department's file is refused with a finding naming both; the department's own is imported.
        await using (var s = await portal.SignInAsync(filer))
        {
            await Expect(s.Page.GetByTestId("region")).ToHaveTextAsync(region);
            await s.GoAsync($"/Filings/{id}/Form/Declaration");
            await s.Page.Locator("#upload").SetInputFilesAsync(Payload(File.ReadAllBytes(Path.Combine(RepositoryPaths.Seeds, SeedFile.Declaration000))));
            await s.Page.GetByRole(AriaRole.Button, new() { Name = "导入", Exact = true }).ClickAsync();
            await Expect(s.Page.GetByTestId("finding-links")).ToContainTextAsync($"与本档案的部门“{name}”不一致");
            await s.ScreenshotAsync("year-01-declaration-other-department-refused");

            await s.Page.Locator("#upload").SetInputFilesAsync(Payload(SeedFile.As(SeedFile.Declaration000, name, Demo.Year)));
            await s.Page.GetByRole(AriaRole.Button, new() { Name = "导入", Exact = true }).ClickAsync();
            await Expect(s.Page.GetByTestId("finding-summary").First).ToContainTextAsync("0 处错误");
            await s.Page.Locator("#overall-target").FillAsync("推动穗港科技合作园高质量发展。");
            await s.Page.GetByTestId("save").ClickAsync();
            await Expect(s.Page.GetByTestId("notice")).ToContainTextAsync("已保存为第 3 版草稿");
            await Expect(s.Page.Locator("#overall-target")).ToHaveValueAsync("推动穗港科技合作园高质量发展。");
            await s.Page.GetByTestId("submit").ClickAsync();
            await Expect(s.Page.GetByTestId("state")).ToHaveTextAsync("审核中");
            s.AssertNoScriptErrors();
        }

        await DecideAsync(id, Demo.Head(Department), "approve");
        await DecideAsync(id, await AssigneeAsync(id), "return", ReturnComment);

        await using (var s = await portal.SignInAsync(filer))
        {
            await s.GoAsync($"/Filings/{id}/Form/Declaration");
            await Expect(s.Page.GetByTestId("return-comment")).ToContainTextAsync(ReturnComment);
            await s.Page.Locator("#overall-target").FillAsync(RevisedTarget);
            await s.Page.GetByTestId("save").ClickAsync();
            await Expect(s.Page.GetByTestId("notice")).ToContainTextAsync("已保存为第 4 版草稿");
            await s.ScreenshotAsync("year-02-declaration-revised-after-return");
            await s.Page.GetByTestId("submit").ClickAsync();
            await Expect(s.Page.GetByTestId("state")).ToHaveTextAsync("审核中");
            s.AssertNoScriptErrors();
        }

        await ApproveThroughAsync(id, "year-03-declaration-approved");
        await OpenStageAsync(id, "绩效运行监控");

        // 监控: pre-filled from the approved declaration; a progress far behind schedule lights red and needs a reason.
        await using (var s = await portal.SignInAsync(filer))
        {
            await s.GoAsync($"/Filings/{id}");
            await s.Page.GetByTestId("fill").ClickAsync();
            await Expect(s.Page.GetByTestId("prefilled")).ToBeVisibleAsync();
            await Expect(s.Page.Locator("#money-AnnualBudget")).ToHaveValueAsync("12104.57");
            var income = s.Page.Locator("[data-testid=monitoring-indicators] tbody tr", new() { HasText = "天河智慧城总收入" });
            await Expect(income).ToContainTextAsync("1500亿元");
            await s.Page.Locator("#money-ExecutedJanuaryToJune").FillAsync("5810.19");
            await s.Page.Locator("#money-ForecastFullYearExecution").FillAsync("11800.00");
            await income.Locator("input[name$='CompletedByEndOfJune']").FillAsync("400亿元");
            await income.Locator("input[name$='ForecastFullYear']").FillAsync("1450亿元");
            var statistics = s.Page.Locator("[data-testid=monitoring-indicators] tbody tr", new() { HasText = "统计工作完成率" });
            await statistics.Locator("input[name$='CompletedByEndOfJune']").FillAsync("100%");
            await s.Page.GetByTestId("recalculate").ClickAsync();
            await Expect(s.Page.GetByTestId("notice")).ToContainTextAsync("重新计算");
            await Expect(income).ToHaveAttributeAsync("data-light", "Red");
            await Expect(income.GetByTestId("deviation")).ToHaveTextAsync("偏差 -46.7%"); // 400 of the 750 expected by June
            await Expect(statistics).ToHaveAttributeAsync("data-light", "Green");
            await Expect(s.Page.GetByTestId("execution-rate")).ToHaveTextAsync("48.00%");

            await s.Page.GetByTestId("save").ClickAsync();
            await Expect(s.Page.GetByTestId("finding-summary")).ToContainTextAsync("2 处错误");
            await Expect(income).ToContainTextAsync("请说明偏差原因");
            await Expect(income).ToContainTextAsync("请填写纠偏措施");
            await income.GetByLabel("经费保障").CheckAsync();
            await income.Locator("textarea[name$='DeviationNote']").FillAsync("重点企业营收集中在下半年确认。");
            await income.Locator("textarea[name$='CorrectiveAction']").FillAsync("按月调度重点企业营收，协调提前确认。");
            await s.Page.GetByTestId("save").ClickAsync();
            await Expect(s.Page.GetByTestId("notice")).ToContainTextAsync("已保存为第 2 版草稿。");
            await Expect(s.Page.GetByTestId("finding-summary")).ToContainTextAsync("0 处错误");
            await Expect(income).ToHaveAttributeAsync("data-light", "Red");
            await income.ScrollIntoViewIfNeededAsync();
            await s.ScreenshotAsync("year-04-monitoring-red-light-explained");
            await s.Page.GetByTestId("submit").ClickAsync();
            await Expect(s.Page.GetByTestId("state")).ToHaveTextAsync("审核中");
            s.AssertNoScriptErrors();
        }

        // The monitoring sign-offs: each signer sees 签认, not 审核通过.
        await ApproveThroughAsync(id, "year-05-monitoring-signed-off", expectedButton: "签认");
        await OpenStageAsync(id, "绩效自评");

        // 自评: pre-filled from the declaration and the monitoring form; the computed score moves with the actual values.
        await using (var s = await portal.SignInAsync(filer))
        {
            await s.GoAsync($"/Filings/{id}/SelfEvaluation");
            await Expect(s.Page.GetByTestId("prefilled")).ToBeVisibleAsync();
            var income = s.Page.Locator("[data-testid=evaluation-indicators] tbody tr", new() { HasText = "天河智慧城总收入" });
            await Expect(income.Locator("input[name$='Actual']")).ToHaveValueAsync("1450亿元");
            var before = await ScoreAsync(s.Page);
            await income.Locator("input[name$='Actual']").FillAsync("1520亿元");
            await s.Page.Locator("[data-testid=evaluation-indicators] tbody tr", new() { HasText = "统计工作完成率" }).Locator("input[name$='Actual']").FillAsync("100%");
            await s.Page.Locator("#money-ActualExpenditure").FillAsync("11900.00");
            await s.Page.GetByTestId("recalculate").ClickAsync();
            await Expect(s.Page.GetByTestId("notice")).ToContainTextAsync("重新计算");
            var computed = await ScoreAsync(s.Page);
            Assert.NotEqual(before.Points, computed.Points);
            await Expect(income.GetByTestId("line-score")).Not.ToHaveTextAsync("未计分");

            await s.Page.Locator("#stated-score").FillAsync(computed.Points.ToString("0.##", CultureInfo.InvariantCulture));
            await s.Page.Locator("#stated-grade").SelectOptionAsync(computed.Grade);
            await s.Page.Locator("#text-TargetCompletion").FillAsync("全年完成招商任务，园区总收入1520亿元，超过年度目标。");
            await s.Page.GetByTestId("save").ClickAsync();
            await Expect(s.Page.GetByTestId("notice")).ToContainTextAsync("已保存为第 1 版草稿。");
            Assert.Equal(computed, await ScoreAsync(s.Page));
            await Expect(s.Page.GetByTestId("stated-score")).ToHaveTextAsync($"{computed.Points.ToString("0.##", CultureInfo.InvariantCulture)} 分（{computed.Grade}）");
            await Expect(s.Page.GetByTestId("score-difference")).ToHaveCountAsync(0);
            await s.ScreenshotAsync("year-06-self-evaluation-score");
            await s.Page.GetByTestId("submit").ClickAsync();
            await Expect(s.Page.GetByTestId("state")).ToHaveTextAsync("审核中");
            s.AssertNoScriptErrors();
            computedScore = computed;
        }

        await ApproveThroughAsync(id, "year-07-self-evaluation-approved");
        using (var office = await portal.Host.AsAsync(Demo.PerformanceOffice))
        {
            var approved = await office.GetFromJsonAsync<JsonElement>($"api/filings/{id}");
            Assert.Equal(computedScore.Points, approved.GetProperty("score").GetDecimal());
        }

        await OpenStageAsync(id, "整改");

        // 整改: finance raises an item, the department answers it, finance verifies it.
        await using (var finance = await portal.SignInAsync(Demo.Finance))
        {
            await finance.GoAsync($"/Filings/{id}/Rectifications");
            await finance.Page.Locator("#source").SelectOptionAsync("Monitoring");
            await finance.Page.Locator("#problem").FillAsync("天河智慧城总收入上半年进度滞后（红灯）。");
            await finance.Page.Locator("#measure").FillAsync("建立重点企业营收月度调度机制。");
            await finance.Page.Locator("#owner").FillAsync("经济发展科");
            await finance.Page.Locator("#deadline").FillAsync($"{Demo.Year + 1}-06-30");
            await finance.Page.GetByRole(AriaRole.Button, new() { Name = "提出", Exact = true }).ClickAsync();
            await Expect(finance.Page.GetByTestId("rectification")).ToContainTextAsync("待整改");
            finance.AssertNoScriptErrors();
        }

        await using (var s = await portal.SignInAsync(filer))
        {
            await s.GoAsync($"/Filings/{id}/Rectifications");
            await s.Page.Locator("#evidence-1").FillAsync("已印发《重点企业营收月度调度工作方案》，按月通报。");
            await s.Page.GetByRole(AriaRole.Button, new() { Name = "提交整改材料" }).ClickAsync();
            await Expect(s.Page.GetByTestId("rectification")).ToContainTextAsync("待核实");
            s.AssertNoScriptErrors();
        }

        await using (var finance = await portal.SignInAsync(Demo.Finance))
        {
            await finance.GoAsync($"/Filings/{id}/Rectifications");
            await finance.Page.GetByRole(AriaRole.Button, new() { Name = "核实通过" }).ClickAsync();
            await Expect(finance.Page.GetByTestId("rectification")).ToContainTextAsync("已核实");
            await finance.ScreenshotAsync("year-08-rectification-verified");
            finance.AssertNoScriptErrors();
        }
    }

    private (decimal Points, string Grade) computedScore;

    /// <summary>The department's name and the region, as the organisation keeps them (never written into the test).</summary>
    private async Task<(string Name, string Region)> DepartmentAsync()
    {
        using var office = await portal.Host.AsAsync(Demo.PerformanceOffice);
        var department = (await office.GetFromJsonAsync<List<JsonElement>>("api/departments"))!.Single(d => d.GetProperty("id").GetString() == Department);
        return (department.GetProperty("name").GetString()!, department.GetProperty("region").GetString()!);
    }

    private async Task<JsonElement> FilingAsync(Guid id)
    {
        using var office = await portal.Host.AsAsync(Demo.PerformanceOffice);
        return await office.GetFromJsonAsync<JsonElement>($"api/filings/{id}");
    }

    private async Task<string> AssigneeAsync(Guid id) => (await FilingAsync(id)).GetProperty("currentAssignees")[0].GetString()!;

    /// <summary>The current step's assignee opens the filing and approves (or signs off), or returns it with a comment.</summary>
    private async Task DecideAsync(Guid id, string reviewer, string decision, string? comment = null, string? expectedButton = null)
    {
        await using var s = await portal.SignInAsync(reviewer);
        await s.GoAsync($"/Filings/{id}");
        await Expect(s.Page.GetByTestId("review")).ToBeVisibleAsync();
        if (decision == "return")
        {
            await s.Page.GetByLabel("退回意见（必填）").FillAsync(comment!);
            await s.Page.GetByTestId("return").ClickAsync();
            await Expect(s.Page.GetByTestId("state")).ToHaveTextAsync("退回修改");
        }
        else
        {
            if (expectedButton is not null)
            {
                await Expect(s.Page.GetByTestId("approve")).ToHaveTextAsync(expectedButton);
            }

            await s.Page.GetByTestId("approve").ClickAsync();
            await Expect(s.Page.GetByTestId("notice")).ToBeVisibleAsync();
        }

        s.AssertNoScriptErrors();
    }

    /// <summary>Every remaining step's assignee decides in turn until the stage is approved; the filer then sees it.</summary>
    private async Task ApproveThroughAsync(Guid id, string screenshot, string? expectedButton = null)
    {
        for (var step = 0; (await FilingAsync(id)).GetProperty("state").GetString() == "InReview"; step++)
        {
            Assert.True(step < 6, "the approval chain did not end");
            await DecideAsync(id, await AssigneeAsync(id), "approve", expectedButton: expectedButton);
        }

        await using var s = await portal.SignInAsync(Demo.Filer(Department));
        await s.GoAsync($"/Filings/{id}");
        await Expect(s.Page.GetByTestId("state")).ToHaveTextAsync("已审核通过");
        await s.ScreenshotAsync(screenshot);
        s.AssertNoScriptErrors();
    }

    /// <summary>The performance office opens the next stage from the filing's page.</summary>
    private async Task OpenStageAsync(Guid id, string stageName)
    {
        await using var office = await portal.SignInAsync(Demo.PerformanceOffice);
        await office.GoAsync($"/Filings/{id}");
        await Expect(office.Page.GetByTestId("open-next-stage")).ToHaveTextAsync($"开启{stageName}阶段");
        await office.Page.GetByTestId("open-next-stage").ClickAsync();
        var answer = office.Page.Locator("[data-testid=notice], [data-testid=problem]").First;
        await Expect(answer).ToBeVisibleAsync();
        Assert.Equal($"已开启{stageName}阶段。", await answer.InnerTextAsync());
        await Expect(office.Page.GetByTestId("stage")).ToContainTextAsync(stageName);
        office.AssertNoScriptErrors();
    }

    /// <summary>"87.5 分（良）" as the page shows the computed score.</summary>
    private static async Task<(decimal Points, string Grade)> ScoreAsync(IPage page)
    {
        var text = await page.GetByTestId("computed-score").InnerTextAsync();
        var match = ScoreText().Match(text);
        Assert.True(match.Success, $"not a score: {text}");
        return (decimal.Parse(match.Groups["points"].Value, CultureInfo.InvariantCulture), match.Groups["grade"].Value);
    }

    private static FilePayload Payload(byte[] bytes) => new() { Name = "部门整体预算绩效目标申报表.txt", MimeType = "text/plain", Buffer = bytes };

    [GeneratedRegex(@"(?<points>\d+(\.\d+)?) 分（(?<grade>[优良中差])）")]
    private static partial Regex ScoreText();

    private static ILocatorAssertions Expect(ILocator locator) => Assertions.Expect(locator);
}
