using System.Text.RegularExpressions;

namespace PerfWorkflow.Host.Tests.Infrastructure;

/// <summary>The Portal as a browser without script sees it: sign in with the form, read a page's antiforgery token, post forms.</summary>
public static partial class PortalPages
{
    public static async Task<HttpClient> SignInAsync(HostApp host, string userId)
    {
        var browser = host.Browser();
        var token = await AntiforgeryTokenAsync(browser, "/Account/Login");
        using var response = await browser.PostAsync("/Account/Login", new FormUrlEncodedContent(new Dictionary<string, string>
        {
            ["UserId"] = userId,
            ["Password"] = HostApp.Password,
            ["__RequestVerificationToken"] = token,
        }));
        Assert.True((int)response.StatusCode == 302, $"Portal sign-in of {userId} answered {(int)response.StatusCode}");
        return browser;
    }

    public static async Task<string> AntiforgeryTokenAsync(HttpClient browser, string path)
    {
        var html = await browser.GetStringAsync(path);
        var match = TokenPattern().Match(html);
        Assert.True(match.Success, $"no antiforgery token on {path}");
        return System.Net.WebUtility.HtmlDecode(match.Groups[1].Value);
    }

    public static async Task<Answer> PostFormAsync(HttpClient browser, string path, string urlEncodedForm) =>
        await Answer.ReadAsync(await browser.PostAsync(path, new StringContent(urlEncodedForm, System.Text.Encoding.UTF8, "application/x-www-form-urlencoded")));

    public static async Task<Guid> DemoFilingAsync(HostApp host, string departmentId)
    {
        using var office = await host.AsAsync(HostApp.PerformanceOffice);
        var filings = (await office.GetAnswerAsync($"/api/filings?departmentId={departmentId}&fiscalYear=2027")).Json;
        return filings.EnumerateArray().First().GetProperty("id").GetGuid();
    }

    [GeneratedRegex("name=\"__RequestVerificationToken\" type=\"hidden\" value=\"([^\"]+)\"")]
    private static partial Regex TokenPattern();
}
