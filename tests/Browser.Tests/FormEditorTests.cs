using Microsoft.Playwright;
using PerfWorkflow.Browser.Tests.Infrastructure;

namespace PerfWorkflow.Browser.Tests;

/// <summary>
/// The filer's form page on seed 004's declaration, whose 7th indicator has 实施周期 1000件 but 年度 1000年: the
/// finding sits beside that field, submission is refused, typed input survives a refused save, and fixing the value
/// (and adding an indicator row) saves a clean revision.
/// </summary>
[Collection(PortalCollection.Name)]
public sealed class FormEditorTests(PortalFixture portal)
{
    [Fact]
    public async Task Findings_sit_beside_their_fields_and_typed_input_survives_a_refused_save()
    {
        var id = await DemoFilings.IdOfAsync(portal.Host, Demo.ErrorDepartment, Demo.Year);
        await using var filer = await portal.SignInAsync(Demo.Filer(Demo.ErrorDepartment));
        var page = filer.Page;
        await filer.GoAsync($"/Filings/{id}/Form");

        // The unit-mismatch finding is in the 7th row's 年度指标值 cell, and that input is described by it.
        var annual = page.GetByLabel("第 7 行 年度指标值");
        await Assertions.Expect(annual).ToHaveValueAsync("1000年");
        var finding = page.Locator("[data-testid=indicator-editor] tr[data-row='7'] li[data-field='indicators[6].annualTarget']");
        await Assertions.Expect(finding).ToContainTextAsync("不一致");
        var describedBy = await annual.GetAttributeAsync("aria-describedby");
        Assert.Equal(describedBy, await finding.Locator("xpath=..").GetAttributeAsync("id"));
        await Assertions.Expect(page.GetByTestId("finding-summary")).ToContainTextAsync("1 处错误");

        // The summary lists the error, named by its indicator, with a link to the finding beside the field.
        var link = page.Locator("[data-testid=finding-links] li.Error a[data-field='indicators[6].annualTarget']");
        await Assertions.Expect(link).ToContainTextAsync("年度指标值");
        Assert.Equal($"#{describedBy}", await link.GetAttributeAsync("href"));
        await link.ClickAsync();
        await page.WaitForURLAsync(url => url.EndsWith($"#{describedBy}", StringComparison.Ordinal));
        await Assertions.Expect(finding).ToBeInViewportAsync();
        await annual.ScrollIntoViewIfNeededAsync();
        await filer.ScreenshotAsync("filer-form-with-finding");

        // An error blocks submission.
        await page.GetByTestId("submit").ClickAsync();
        await Assertions.Expect(page.GetByTestId("problem")).ToContainTextAsync("错误");
        await Assertions.Expect(page.GetByTestId("state")).ToHaveTextAsync("草稿");

        // A money field that is not an amount: nothing is saved, and everything typed is still there.
        await filer.GoAsync($"/Filings/{id}/Form");
        var basic = page.GetByLabel("基本支出");
        var originalBasic = await basic.InputValueAsync();
        await basic.FillAsync("12,3a4");
        await page.GetByLabel("第 2 行 三级指标").FillAsync("已改名的指标");
        await annual.FillAsync("1000件");
        await page.GetByTestId("save").ClickAsync();
        await Assertions.Expect(page.GetByTestId("input-error")).ToBeVisibleAsync();
        await Assertions.Expect(basic).ToHaveValueAsync("12,3a4");
        await Assertions.Expect(basic).ToHaveAttributeAsync("aria-invalid", "true");
        await Assertions.Expect(page.GetByLabel("第 2 行 三级指标")).ToHaveValueAsync("已改名的指标");
        await Assertions.Expect(annual).ToHaveValueAsync("1000件");

        // Add an indicator row (keyboard focus moves to it), fill it, fix the amount and save: a clean revision.
        var rows = await page.Locator("[data-testid=indicator-editor] tbody tr").CountAsync();
        await page.GetByRole(AriaRole.Button, new() { Name = "添加指标行" }).ClickAsync();
        await Assertions.Expect(page.Locator("[data-testid=indicator-editor] tbody tr")).ToHaveCountAsync(rows + 1);
        await Assertions.Expect(page.GetByLabel($"第 {rows + 1} 行 一级指标")).ToBeFocusedAsync();
        await Assertions.Expect(basic).ToHaveValueAsync("12,3a4");
        await page.GetByLabel($"第 {rows + 1} 行 一级指标").FillAsync("满意度指标");
        await page.GetByLabel($"第 {rows + 1} 行 二级指标").FillAsync("服务对象满意度指标");
        await page.GetByLabel($"第 {rows + 1} 行 三级指标").FillAsync("企业满意度");
        await page.GetByLabel($"第 {rows + 1} 行 实施周期指标值").FillAsync("≥90%");
        await page.GetByLabel($"第 {rows + 1} 行 年度指标值").FillAsync("≥90%");
        await basic.FillAsync(originalBasic);
        await page.GetByTestId("save").ClickAsync();
        await Assertions.Expect(page.GetByTestId("notice")).ToContainTextAsync("已保存为第 2 版草稿");
        await Assertions.Expect(page.GetByTestId("finding-summary")).ToContainTextAsync("0 处错误");
        await Assertions.Expect(page.Locator("[data-testid=indicator-editor] tbody tr")).ToHaveCountAsync(rows + 1);
        await Assertions.Expect(page.GetByLabel($"第 {rows + 1} 行 三级指标")).ToHaveValueAsync("企业满意度");
        await Assertions.Expect(page.GetByLabel("第 2 行 三级指标")).ToHaveValueAsync("已改名的指标");

        // The export link answers an .xlsx through the Portal (the browser carries no API token).
        var export = await page.APIRequest.GetAsync($"/Filings/{id}/Form/Declaration?handler=Export&kind=DepartmentDeclaration");
        Assert.Equal(200, export.Status);
        var bytes = await export.BodyAsync();
        Assert.True(bytes.Length > 100 && bytes[0] == (byte)'P' && bytes[1] == (byte)'K', "the export is not an .xlsx (zip) file");
        Assert.Contains("番禺区科技工业商务和信息化局-2027年度-部门整体预算绩效目标申报表.xlsx", Uri.UnescapeDataString(export.Headers["content-disposition"]), StringComparison.Ordinal);
        filer.AssertNoScriptErrors();
    }
}
