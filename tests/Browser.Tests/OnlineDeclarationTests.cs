using System.Net.Http.Json;
using System.Text.Json;
using Microsoft.Playwright;
using PerfWorkflow.Browser.Tests.Infrastructure;
using static Microsoft.Playwright.Assertions;

namespace PerfWorkflow.Browser.Tests;

/// <summary>
/// A department with no file to import starts its 部门整体预算绩效目标申报表 online from the filing page: a blank form
/// with its findings opens in the editor, and what the filer types (an indicator, the target, the budget) is saved.
/// </summary>
[Collection(PortalCollection.Name)]
public sealed class OnlineDeclarationTests(PortalFixture portal)
{
    /// <summary>A year of its own, so this filing has no declaration and no other test meets it.</summary>
    private const int Year = 2031;

    [Fact]
    public async Task A_filer_starts_a_declaration_online_fills_one_indicator_saves_and_sees_it()
    {
        Guid id;
        using (var office = await portal.Host.AsAsync(Demo.PerformanceOffice))
        using (var opened = await office.PostAsJsonAsync("api/filings", new { departmentId = Demo.CleanDepartment, fiscalYear = Year }))
        {
            opened.EnsureSuccessStatusCode();
            id = (await opened.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("id").GetGuid();
        }

        await using var filer = await portal.SignInAsync(Demo.Filer(Demo.CleanDepartment));
        var page = filer.Page;
        await filer.GoAsync($"/Filings/{id}");
        await page.GetByTestId("start-declaration").ClickAsync();

        // The blank form is saved as the first draft and opened in the editor, its gaps listed as errors.
        await Expect(page.GetByTestId("notice")).ToContainTextAsync("已新建空白申报表（第 1 版草稿）");
        await Expect(page.GetByTestId("finding-summary")).ToContainTextAsync("3 处错误");
        await Expect(page.GetByTestId("finding-links")).ToContainTextAsync("部门预算：未填写部门预算");
        await Expect(page.GetByTestId("finding-links")).ToContainTextAsync("总体绩效目标：未填写总体绩效目标");
        await Expect(page.Locator("[data-testid=indicator-editor] tbody tr")).ToHaveCountAsync(0);
        await Expect(page.GetByTestId("start-declaration")).ToHaveCountAsync(0);
        await filer.ScreenshotAsync("online-declaration-blank");

        await page.GetByRole(AriaRole.Button, new() { Name = "添加指标行" }).ClickAsync();
        await page.GetByLabel("第 1 行 一级指标").FillAsync("产出指标");
        await page.GetByLabel("第 1 行 二级指标").FillAsync("数量指标");
        await page.GetByLabel("第 1 行 三级指标").FillAsync("开展招商活动次数");
        await page.GetByLabel("第 1 行 实施周期指标值").FillAsync("≥12次");
        await page.GetByLabel("第 1 行 年度指标值").FillAsync("≥12次");
        await page.Locator("#overall-target").FillAsync("保障园区正常运转，完成年度招商任务。");
        await page.Locator("#money-basicExpenditure").FillAsync("100");
        await page.Locator("#money-fiscalAppropriation").FillAsync("100");
        await page.Locator("#money-districtLevelFunds").FillAsync("100");
        await page.GetByTestId("save").ClickAsync();

        await Expect(page.GetByTestId("notice")).ToContainTextAsync("已保存为第 2 版草稿");
        await Expect(page.GetByTestId("finding-summary")).ToContainTextAsync("0 处错误");
        await Expect(page.GetByLabel("第 1 行 三级指标")).ToHaveValueAsync("开展招商活动次数");
        await Expect(page.GetByLabel("第 1 行 年度指标值")).ToHaveValueAsync("≥12次");
        await Expect(page.Locator("#overall-target")).ToHaveValueAsync("保障园区正常运转，完成年度招商任务。");
        await filer.ScreenshotAsync("online-declaration-saved");
        filer.AssertNoScriptErrors();
    }
}
