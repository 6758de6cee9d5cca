using System.Net.Http.Json;
using System.Text.Json;
using Microsoft.Playwright;
using PerfWorkflow.Browser.Tests.Infrastructure;
using static Microsoft.Playwright.Assertions;

namespace PerfWorkflow.Browser.Tests;

/// <summary>
/// A department with no file to import starts its 部门整体预算绩效目标申报表 online from the filing page: a blank form
/// with its findings opens in the editor, and what the filer types (an indicator, the target, the budget) is saved.
/// Then its 项目支出绩效目标表, also started blank: a project row added with its amounts, 绩效目标 and an indicator, the
/// 合计 row, saved without errors, and both forms submitted together.
/// </summary>
[Collection(PortalCollection.Name)]
public sealed class OnlineDeclarationTests(PortalFixture portal)
{
    /// <summary>A year of its own, so this filing has no declaration and no other test meets it.</summary>
    private const int Year = 2031;

    [Fact]
    public async Task A_filer_starts_both_declaration_forms_online_fills_them_saves_and_submits_them()
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

        await page.GetByTestId("start-project-table").ClickAsync();
        await Expect(page.GetByTestId("notice")).ToContainTextAsync("已新建空白项目支出绩效目标表（第 1 版草稿）");
        await page.GetByTestId("add-project").ClickAsync();
        await page.GetByLabel("项目 1 项目名称", new() { Exact = true }).FillAsync("园区招商工作经费");
        await page.GetByLabel("项目 1 总计（万元）", new() { Exact = true }).FillAsync("100");
        await page.GetByLabel("项目 1 财政拨款（万元）", new() { Exact = true }).FillAsync("80.5");
        await page.GetByLabel("项目 1 其他资金（万元）", new() { Exact = true }).FillAsync("19.50");
        await page.GetByLabel("项目 1 绩效目标", new() { Exact = true }).FillAsync("完成年度招商任务，新增入园企业。");
        await page.GetByRole(AriaRole.Button, new() { Name = "为项目 1 添加指标行" }).ClickAsync();
        await page.GetByLabel("项目 1 第 1 行 一级指标", new() { Exact = true }).FillAsync("产出指标");
        await page.GetByLabel("项目 1 第 1 行 二级指标", new() { Exact = true }).FillAsync("数量指标");
        await page.GetByLabel("项目 1 第 1 行 三级指标", new() { Exact = true }).FillAsync("新增入园企业数量");
        await page.GetByLabel("项目 1 第 1 行 实施周期指标值", new() { Exact = true }).FillAsync("≥10家");
        await page.GetByLabel("项目 1 第 1 行 年度指标值", new() { Exact = true }).FillAsync("≥10家");
        await page.GetByLabel("合计 总计", new() { Exact = true }).FillAsync("100");
        await page.GetByLabel("合计 财政拨款", new() { Exact = true }).FillAsync("80.5");
        await page.GetByLabel("合计 其他资金", new() { Exact = true }).FillAsync("19.5");
        await filer.ScreenshotAsync("online-project-table-typed");
        await page.GetByTestId("save").ClickAsync();

        await Expect(page.GetByTestId("notice")).ToContainTextAsync("已保存为第 2 版草稿");
        await Expect(page.GetByTestId("editor").GetByTestId("finding-summary")).ToContainTextAsync("0 处错误");
        await Expect(page.GetByLabel("项目 1 财政拨款（万元）", new() { Exact = true })).ToHaveValueAsync("80.5");
        await Expect(page.GetByLabel("项目 1 其他资金（万元）", new() { Exact = true })).ToHaveValueAsync("19.50");
        await Expect(page.GetByLabel("项目 1 财政专户拨款（万元）", new() { Exact = true })).ToHaveValueAsync("");
        await Expect(page.GetByLabel("项目 1 第 1 行 三级指标", new() { Exact = true })).ToHaveValueAsync("新增入园企业数量");
        await filer.ScreenshotAsync("online-project-table-saved");

        await page.GetByTestId("submit").ClickAsync();
        await Expect(page.GetByTestId("state")).ToHaveTextAsync("审核中");
        await filer.ScreenshotAsync("online-declaration-forms-submitted");
        filer.AssertNoScriptErrors();
    }
}
