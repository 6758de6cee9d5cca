using Microsoft.Playwright;
using PerfWorkflow.Browser.Tests.Infrastructure;

namespace PerfWorkflow.Browser.Tests;

/// <summary>
/// A declaration walked through the UI from the filer to the final approval by five people, with one 退回修改 loop:
/// filer submits → head approves → finance returns with a comment → the filer sees it, edits the indicator tree,
/// resubmits → finance sees the diff and approves → the performance office approves → the filer sees 已审核通过.
/// Each role's main page is saved as a screenshot.
/// </summary>
[Collection(PortalCollection.Name)]
public sealed class DeclarationWalkTests(PortalFixture portal)
{
    private const string ReturnComment = "土地收储任务完成率的年度目标偏低，请提高至95%并重新提交。";
    private const string RevisedTarget = "区委区政府下达收储任务完成率95%及以上";

    [Fact]
    public async Task A_declaration_goes_from_the_filer_to_final_approval_through_a_return_for_revision()
    {
        var id = await DemoFilings.IdOfAsync(portal.Host, Demo.CleanDepartment, Demo.Year);
        var detail = $"/Filings/{id}";

        await using (var filer = await portal.SignInAsync(Demo.Filer(Demo.CleanDepartment)))
        {
            // The list opens on the latest year, and other tests open later years for this department: ask for ours.
            await filer.GoAsync($"/?year={Demo.Year}");
            await Expect(filer.Page.GetByTestId("filings")).ToContainTextAsync("草稿");
            await filer.ScreenshotAsync("filer-main");
            await filer.GoAsync($"{detail}/Form");
            await Expect(filer.Page.GetByTestId("indicator-editor")).ToContainTextAsync("一级指标");
            await filer.Page.GetByTestId("submit").ClickAsync();
            await Expect(filer.Page.GetByTestId("state")).ToHaveTextAsync("审核中");
            filer.AssertNoScriptErrors();
        }

        await ReviewAsync(Demo.Head(Demo.CleanDepartment), id, "department-head-main", async head =>
        {
            // Names, not ids: the step's assignee and the department are named as people read them.
            await Expect(head.Page.GetByTestId("current-step")).ToContainTextAsync("天河科技园管委会负责人");
            await Expect(head.Page.GetByTestId("current-step")).Not.ToContainTextAsync(Demo.Head(Demo.CleanDepartment));
            await head.Page.GetByTestId("approve").ClickAsync();
            await Expect(head.Page.GetByTestId("notice")).ToHaveTextAsync("已审核通过。");
        });

        await ReviewAsync(Demo.Finance, id, "finance-main", async finance =>
        {
            await Expect(finance.Page.GetByTestId("submitted-form")).ToContainTextAsync("实施周期指标值");
            await finance.Page.GetByLabel("退回意见（必填）").FillAsync(ReturnComment);
            await finance.Page.GetByTestId("return").ClickAsync();
            await Expect(finance.Page.GetByTestId("notice")).ToHaveTextAsync("已退回填报单位修改。");
            await Expect(finance.Page.GetByTestId("state")).ToHaveTextAsync("退回修改");
        });

        await using (var filer = await portal.SignInAsync(Demo.Filer(Demo.CleanDepartment)))
        {
            // The return reaches the filer as an unread notice naming who returned it.
            var returned = await InboxRowAsync(filer, "/Inbox?status=unread", "退回修改：2027年度绩效目标申报");
            await Expect(returned).ToContainTextAsync($"审核人{FinanceName}退回修改");
            await filer.ScreenshotAsync("filer-inbox-return");
            await filer.GoAsync(detail);
            await Expect(filer.Page.GetByTestId("state")).ToHaveTextAsync("退回修改");
            await Expect(filer.Page.GetByTestId("return-comment")).ToContainTextAsync(ReturnComment);
            await Expect(filer.Page.GetByTestId("return-comment")).ToContainTextAsync(FinanceName);
            await filer.GoAsync($"{detail}/Form");
            await Expect(filer.Page.GetByTestId("return-comment")).ToContainTextAsync(ReturnComment);
            await filer.Page.GetByLabel("第 1 行 年度指标值").FillAsync(RevisedTarget);
            await filer.Page.GetByTestId("save").ClickAsync();
            await Expect(filer.Page.GetByTestId("notice")).ToContainTextAsync("已保存为第 2 版草稿");
            await Expect(filer.Page.GetByLabel("第 1 行 年度指标值")).ToHaveValueAsync(RevisedTarget);
            await filer.Page.GetByTestId("submit").ClickAsync();
            await Expect(filer.Page.GetByTestId("state")).ToHaveTextAsync("审核中");
            filer.AssertNoScriptErrors();
        }

        await ReviewAsync(Demo.Finance, id, null, async finance =>
        {
            // The resubmission comes back to the step that returned it, with what changed since the first submission.
            var diff = finance.Page.GetByTestId("diff");
            await Expect(diff).ToContainTextAsync("第 1 次提交 → 第 2 次提交");
            await Expect(diff.Locator("tr[data-path='indicators[0].annualTarget']")).ToContainTextAsync(RevisedTarget);
            await Expect(diff.Locator("tr[data-path='indicators[0].annualTarget']")).ToContainTextAsync("绩效指标 第1项「土地收储任务完成率」 · 年度指标值");
            await finance.Page.GetByTestId("approve").ClickAsync();
            await Expect(finance.Page.GetByTestId("notice")).ToHaveTextAsync("已审核通过。");
        });

        await using (var office = await portal.SignInAsync(Demo.PerformanceOffice))
        {
            await Expect(office.Page.GetByTestId("stage-counts")).ToBeVisibleAsync();
            await office.ScreenshotAsync("performance-office-dashboard");
            await office.GoAsync(detail);
            await office.Page.GetByTestId("approve").ClickAsync();
            await Expect(office.Page.GetByTestId("notice")).ToHaveTextAsync("已审核通过。");
            office.AssertNoScriptErrors();
        }

        await using (var filer = await portal.SignInAsync(Demo.Filer(Demo.CleanDepartment)))
        {
            // The approval is a notice in 全部 (not only 已办), unread until the filing is opened.
            var approved = await InboxRowAsync(filer, "/Inbox", "已审核通过：2027年度绩效目标申报");
            await Expect(approved).ToHaveClassAsync("unread");
            await filer.ScreenshotAsync("filer-inbox-approved");
            await filer.GoAsync(detail);
            await Expect(filer.Page.GetByTestId("state")).ToHaveTextAsync("已审核通过");
            await Expect(filer.Page.GetByTestId("audit")).ToContainTextAsync(ReturnComment);
            await Expect(filer.Page.GetByTestId("audit")).ToContainTextAsync(FinanceName);
            await Expect(filer.Page.GetByTestId("audit")).Not.ToContainTextAsync(Demo.Finance);
            await Expect(filer.Page.GetByTestId("filed-by")).ToHaveTextAsync("天河科技园管委会填报人");
            await filer.ScreenshotAsync("filer-approved");
            await filer.GoAsync("/Inbox");
            await Expect(filer.Page.Locator("[data-testid=inbox] tbody tr", new() { HasText = "已审核通过：2027年度绩效目标申报" })).Not.ToHaveClassAsync("unread");
            filer.AssertNoScriptErrors();
        }
    }

    private const string FinanceName = "财政局经建科 王科长";

    /// <summary>The inbox row titled so (events fill the inbox, so it may take a moment to appear).</summary>
    private static async Task<ILocator> InboxRowAsync(PortalSession session, string path, string title)
    {
        await session.GoAsync(path);
        var row = session.Page.Locator("[data-testid=inbox] tbody tr", new() { HasText = title }).First;
        for (var attempt = 0; attempt < 50 && await row.CountAsync() == 0; attempt++)
        {
            await Task.Delay(200);
            await session.Page.ReloadAsync();
        }

        await Expect(row).ToBeVisibleAsync();
        return row;
    }

    /// <summary>The reviewer finds the filing in 待办 (the inbox fills from events, so it may take a moment), opens it and decides.</summary>
    private async Task ReviewAsync(string reviewer, Guid id, string? screenshot, Func<PortalSession, Task> decide)
    {
        await using var session = await portal.SignInAsync(reviewer);
        await session.GoAsync("/Inbox?status=todo");
        var item = session.Page.Locator($"[data-testid=inbox] a[href='/Filings/{id}']").First;
        for (var attempt = 0; attempt < 50 && await item.CountAsync() == 0; attempt++)
        {
            await Task.Delay(200);
            await session.Page.ReloadAsync();
        }

        if (screenshot is not null)
        {
            await session.ScreenshotAsync(screenshot);
        }

        await item.ClickAsync();
        await Expect(session.Page.GetByTestId("review")).ToBeVisibleAsync();
        await decide(session);
        session.AssertNoScriptErrors();
    }

    private static ILocatorAssertions Expect(ILocator locator) => Assertions.Expect(locator);
}
