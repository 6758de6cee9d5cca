using PerfWorkflow.Host.Tests.Infrastructure;

namespace PerfWorkflow.Host.Tests;

/// <summary>
/// A declaration started online through the Portal, as a browser without script posts it: the filing page offers it
/// while the stage has none, the blank form is saved with its findings (an empty save and a refused submit answer
/// pages, never a 500), and once the filer has typed the budget, the target and an indicator it can be submitted.
/// </summary>
public sealed class OnlineDeclarationTests(HostApp host) : IClassFixture<HostApp>
{
    private const string Filer = $"{HostApp.CleanDepartment}-filer";

    [Fact]
    public async Task A_blank_declaration_started_in_the_portal_is_saved_with_findings_and_submitted_once_completed()
    {
        var id = await OpenFilingAsync(2031);
        using var browser = await PortalPages.SignInAsync(host, Filer);
        var filingPage = $"/Filings/{id}";
        var formPage = $"/Filings/{id}/Form/Declaration";
        Assert.Contains("data-testid=\"start-declaration\"", await browser.GetStringAsync(filingPage), StringComparison.Ordinal);

        var started = await PostAsync(browser, filingPage, formPage + "?handler=Start", "");
        Assert.Equal(302, started.Status);
        var editor = await browser.GetStringAsync(formPage + "?edit=DepartmentDeclaration");
        Assert.Contains("3 处错误", editor, StringComparison.Ordinal);
        Assert.DoesNotContain("data-testid=\"start-declaration\"", await browser.GetStringAsync(filingPage), StringComparison.Ordinal);

        // Starting again opens the one declaration there is; saving it untouched keeps its findings; submitting is refused.
        Assert.Equal(302, (await PostAsync(browser, filingPage, formPage + "?handler=Start", "")).Status);
        Assert.Equal(302, (await PostAsync(browser, formPage, formPage + "?handler=Save", "Edit=DepartmentDeclaration")).Status);
        var refused = await PostAsync(browser, filingPage, filingPage + "?handler=Submit", "");
        Assert.Equal(200, refused.Status);
        Assert.Contains("data-testid=\"problem\"", refused.Text, StringComparison.Ordinal);
        Assert.Equal("Draft", await StateAsync(id));

        var completed = await PostAsync(browser, formPage, formPage + "?handler=Save", string.Join('&',
            "Edit=DepartmentDeclaration",
            "Money%5B0%5D.Field=basicExpenditure&Money%5B0%5D.Value=120.50",
            "Money%5B1%5D.Field=fiscalAppropriation&Money%5B1%5D.Value=120.50",
            "Money%5B2%5D.Field=districtLevelFunds&Money%5B2%5D.Value=120.50",
            "Texts.OverallTarget=" + Uri.EscapeDataString("保障部门正常运转，完成年度重点工作。"),
            "Rows%5B0%5D.List=indicators&Rows%5B0%5D.Original=-1",
            "Rows%5B0%5D.Level1=" + Uri.EscapeDataString("产出指标"),
            "Rows%5B0%5D.Level2=" + Uri.EscapeDataString("数量指标"),
            "Rows%5B0%5D.Name=" + Uri.EscapeDataString("开展招商活动次数"),
            "Rows%5B0%5D.PeriodTarget=" + Uri.EscapeDataString("≥12次"),
            "Rows%5B0%5D.AnnualTarget=" + Uri.EscapeDataString("≥12次")));
        Assert.Equal(302, completed.Status);
        Assert.Contains("0 处错误", await browser.GetStringAsync(formPage + "?edit=DepartmentDeclaration"), StringComparison.Ordinal);

        Assert.Equal(302, (await PostAsync(browser, filingPage, filingPage + "?handler=Submit", "")).Status);
        Assert.Equal("InReview", await StateAsync(id));
    }

    [Fact]
    public async Task Only_the_departments_filer_may_start_a_declaration_and_others_get_a_page_not_a_500()
    {
        var id = await OpenFilingAsync(2032);
        using var office = await PortalPages.SignInAsync(host, HostApp.PerformanceOffice);
        Assert.DoesNotContain("data-testid=\"start-declaration\"", await office.GetStringAsync($"/Filings/{id}"), StringComparison.Ordinal);

        var refused = await PostAsync(office, $"/Filings/{id}", $"/Filings/{id}/Form/Declaration?handler=Start", "");

        Assert.Equal(409, refused.Status);
        using var api = await host.AsAsync(HostApp.PerformanceOffice);
        Assert.Equal("[]", (await api.GetAnswerAsync($"/api/filings/{id}/forms/Declaration")).Json.GetRawText());
    }

    private async Task<Guid> OpenFilingAsync(int year)
    {
        using var office = await host.AsAsync(HostApp.PerformanceOffice);
        var opened = await office.SendAnswerAsync(HttpMethod.Post, "/api/filings", new { departmentId = HostApp.CleanDepartment, fiscalYear = year });
        Assert.True(opened.Status is 200 or 201, opened.ToString());
        return opened.Json.GetProperty("id").GetGuid();
    }

    private async Task<string?> StateAsync(Guid id)
    {
        using var api = await host.AsAsync(HostApp.PerformanceOffice);
        return (await api.GetAnswerAsync($"/api/filings/{id}")).Json.GetProperty("state").GetString();
    }

    private static async Task<Answer> PostAsync(HttpClient browser, string tokenPage, string path, string form)
    {
        var token = await PortalPages.AntiforgeryTokenAsync(browser, tokenPage);
        var body = (form.Length == 0 ? "" : form + "&") + "__RequestVerificationToken=" + Uri.EscapeDataString(token);
        return await PortalPages.PostFormAsync(browser, path, body);
    }
}
