using System.Globalization;
using System.Net.Http.Json;
using System.Text.Json;
using Microsoft.Playwright;
using PerfWorkflow.Browser.Tests.Infrastructure;

namespace PerfWorkflow.Browser.Tests;

/// <summary>
/// Deadlines in sight: the filer's list and filing page show the stage's due date, working days left and the next
/// action as Workflow computes them; the department asks 申请延期 with a reason, the performance office grants it on
/// the deadline board, and the new due date is what the filer then sees (and what Workflow's reminders run on).
/// </summary>
[Collection(PortalCollection.Name)]
public sealed class DeadlineTests(PortalFixture portal)
{
    private const string Department = "d5299342a";
    private const string Reason = "项目支出绩效目标需待区发改局立项批复后确定，申请延期一周。";

    [Fact]
    public async Task The_filer_sees_the_due_date_and_an_extension_granted_on_the_deadline_board_moves_it()
    {
        var id = await DemoFilings.IdOfAsync(portal.Host, Department, Demo.Year);
        var before = await DeadlineAsync(Demo.Filer(Department), id);
        var due = DateOnly.Parse(before.GetProperty("dueDate").GetString()!, CultureInfo.InvariantCulture);
        var asked = due.AddDays(7);

        await using (var filer = await portal.SignInAsync(Demo.Filer(Department)))
        {
            var row = filer.Page.Locator($"[data-testid=filings] tr[data-department='{Department}']");
            await Expect(row.GetByTestId("due-date")).ToHaveTextAsync(due.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture));
            await Expect(row.GetByTestId("standing")).ToHaveTextAsync(StandingOf(before));
            await Expect(row.GetByTestId("next-action")).ToContainTextAsync("填写绩效目标申报表单并提交审核");
            Assert.DoesNotContain("Workflow", await filer.Page.Locator("main").InnerTextAsync(), StringComparison.Ordinal);
            await filer.ScreenshotAsync("deadline-filer-list");

            await filer.GoAsync($"/Filings/{id}");
            await Expect(filer.Page.GetByTestId("due-date")).ToContainTextAsync(due.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture));
            await Expect(filer.Page.GetByTestId("next-action")).ToContainTextAsync($"截止 {due.Year}年{due.Month}月{due.Day}日");
            await filer.Page.GetByLabel("申请延至").FillAsync(asked.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture));
            await filer.Page.GetByTestId("apply-extension").ClickAsync();
            await Expect(filer.Page.GetByTestId("problem")).ToContainTextAsync("申请延期必须说明理由");
            await filer.Page.GetByLabel("延期理由").FillAsync(Reason);
            await filer.Page.GetByTestId("apply-extension").ClickAsync();
            await Expect(filer.Page.GetByTestId("notice")).ToHaveTextAsync("延期申请已提交，等待绩效管理科答复。");
            await Expect(filer.Page.GetByTestId("extension-status")).ToHaveTextAsync("待答复");
            await Expect(filer.Page.GetByTestId("apply-extension")).ToHaveCountAsync(0);
            await filer.ScreenshotAsync("deadline-extension-applied");
            filer.AssertNoScriptErrors();
        }

        await using (var office = await portal.SignInAsync(Demo.PerformanceOffice))
        {
            Assert.Equal(200, await office.GoAsync($"/Deadlines?year={Demo.Year}"));
            var board = await BoardAsync(Demo.PerformanceOffice);
            Assert.Equal(board.Count, await office.Page.Locator("[data-testid=deadline-board] tbody tr[data-department]").CountAsync());
            foreach (var deadline in board)
            {
                var row = office.Page.Locator($"[data-testid=deadline-board] tr[data-department='{deadline.GetProperty("departmentId").GetString()}']");
                await Expect(row.Locator("td[data-col=standing]")).ToHaveTextAsync(StandingOf(deadline));
            }

            var application = office.Page.Locator($"[data-testid=pending-extensions] article[data-department='{Department}']");
            await Expect(application).ToContainTextAsync(Reason);
            await office.ScreenshotAsync("deadline-board-pending-extension");
            await application.GetByTestId("grant").ClickAsync();
            await Expect(office.Page.GetByTestId("notice")).ToContainTextAsync("已批准延期");
            var moved = office.Page.Locator($"[data-testid=deadline-board] tr[data-department='{Department}']");
            await Expect(moved.Locator("td[data-col=due]")).ToHaveTextAsync(asked.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture));
            await Expect(office.Page.GetByTestId("decided-extensions")).ToContainTextAsync("已批准");
            await office.ScreenshotAsync("deadline-board-extension-granted");

            // The dashboard's 逾期 is Workflow's count of filings still with the filer past their due date.
            await office.GoAsync($"/Dashboard?year={Demo.Year}");
            var overdue = (await BoardAsync(Demo.PerformanceOffice)).Count(d => d.GetProperty("overdue").GetBoolean());
            var shown = 0;
            foreach (var cell in await office.Page.Locator("[data-testid=stage-counts] td[data-col=overdue]").AllInnerTextsAsync())
            {
                shown += int.Parse(cell, CultureInfo.InvariantCulture);
            }

            Assert.Equal(overdue, shown);
            Assert.DoesNotContain("Workflow", await office.Page.Locator("main").InnerTextAsync(), StringComparison.Ordinal);
            office.AssertNoScriptErrors();
        }

        var after = await DeadlineAsync(Demo.Filer(Department), id);
        Assert.Equal(asked.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture), after.GetProperty("dueDate").GetString());
        Assert.Equal(1, after.GetProperty("extensionCount").GetInt32());
        await using (var filer = await portal.SignInAsync(Demo.Filer(Department)))
        {
            await filer.GoAsync($"/Filings/{id}");
            await Expect(filer.Page.GetByTestId("due-date")).ToContainTextAsync($"{asked:yyyy-MM-dd}（已延期 1 次）");
            await Expect(filer.Page.GetByTestId("extension-status")).ToContainTextAsync($"已批准，延至 {asked:yyyy-MM-dd}");
            await filer.ScreenshotAsync("deadline-filer-after-extension");
            filer.AssertNoScriptErrors();
        }
    }

    private static string StandingOf(JsonElement deadline) =>
        deadline.GetProperty("overdue").GetBoolean() ? $"逾期 {deadline.GetProperty("daysOverdue").GetInt32()} 天"
        : deadline.GetProperty("stageState").GetString() switch
        {
            "Approved" => "已审核通过",
            "InReview" => "已提交审核",
            _ => deadline.GetProperty("workingDaysLeft").ValueKind == JsonValueKind.Number ? $"剩余 {deadline.GetProperty("workingDaysLeft").GetInt32()} 个工作日" : "—",
        };

    /// <summary>Workflow's deadline row of the filing, once Workflow has heard of it (it learns from Filing's events).</summary>
    private async Task<JsonElement> DeadlineAsync(string userId, Guid filingId)
    {
        using var api = await portal.Host.AsAsync(userId);
        for (var attempt = 0; ; attempt++)
        {
            var rows = (await api.GetFromJsonAsync<List<JsonElement>>($"api/workflow/deadlines?filingId={filingId}"))!;
            if (rows.Count == 1 && rows[0].GetProperty("dueDate").ValueKind == JsonValueKind.String)
            {
                return rows[0];
            }

            Assert.True(attempt < 100, $"Workflow shows no deadline for filing {filingId}");
            await Task.Delay(100);
        }
    }

    private async Task<List<JsonElement>> BoardAsync(string userId)
    {
        using var api = await portal.Host.AsAsync(userId);
        return (await api.GetFromJsonAsync<List<JsonElement>>($"api/workflow/deadlines?fiscalYear={Demo.Year}"))!;
    }

    private static ILocatorAssertions Expect(ILocator locator) => Assertions.Expect(locator);
}
