using PerfWorkflow.Filing.Tests.Infrastructure;

namespace PerfWorkflow.Filing.Tests.Api;

/// <summary>
/// 整改 items are raised by the bureau only, and the department's evidence links are web addresses, never something
/// that runs in a reviewer's browser.
/// </summary>
public sealed class RectificationSafetyTests(FilingApi api) : IClassFixture<FilingApi>
{
    private readonly FilingDriver _driver = api.Driver;

    [Theory]
    [InlineData("javascript:alert(document.cookie)")]
    [InlineData("JaVaScRiPt:alert(1)")]
    [InlineData(" javascript:alert(1)")]
    [InlineData("java\tscript:alert(1)")]
    [InlineData("data:text/html,<script>alert(1)</script>")]
    [InlineData("vbscript:msgbox(1)")]
    [InlineData("file:///etc/passwd")]
    [InlineData("/Filings/evidence.pdf")]
    [InlineData("//evil.example/x")]
    public async Task An_evidence_link_that_is_not_an_http_address_is_refused_with_a_field_error(string link)
    {
        var filing = await _driver.NewAtAsync(Milestone.MonitoringDraft);
        var item = await _driver.RaiseItemAsync(filing);
        var before = await _driver.StateAsync(filing);

        var response = await _driver.ActAsync(filing.Filer, filing, $"rectifications/{item}/submit",
            new { evidence = "已整改", links = new[] { "https://oa.example/整改.pdf", link } });

        var problem = ProblemAssert.IsProblem(response, 422);
        Assert.True(problem.GetProperty("errors").TryGetProperty("links[1]", out var messages), response.ToString());
        Assert.True(ProblemAssert.HasChinese(messages[0].GetString()));
        Assert.Equal(before, await _driver.StateAsync(filing));
    }

    [Fact]
    public async Task Http_and_https_evidence_links_are_kept()
    {
        var filing = await _driver.NewAtAsync(Milestone.MonitoringDraft);
        var item = await _driver.RaiseItemAsync(filing);

        var view = await _driver.MustActAsync(filing.Filer, filing, $"rectifications/{item}/submit",
            new { links = new[] { "https://oa.example/整改.pdf", "http://intranet.gov/证明材料" } });

        var stored = view.GetProperty("rectificationItems").EnumerateArray().Single(i => i.GetProperty("number").GetInt32() == item);
        Assert.Equal(2, stored.GetProperty("evidenceLinks").GetArrayLength());
    }

    [Fact]
    public async Task The_departments_filer_and_head_may_not_raise_rectification_items_but_the_bureau_may()
    {
        var filing = await _driver.NewAtAsync(Milestone.MonitoringDraft);

        foreach (var department in new[] { filing.Filer, filing.Head })
        {
            var refused = await _driver.ActAsync(department, filing, "rectifications", FilingDriver.RectificationItem());
            Assert.Equal("rectification.raise-denied", ProblemAssert.IsProblem(refused, 403).GetProperty("code").GetString());
        }

        Assert.Equal(1, await _driver.RaiseItemAsync(filing, DemoOrganisation.Finance1));
        Assert.Equal(2, await _driver.RaiseItemAsync(filing, DemoOrganisation.PerformanceOffice));
    }
}
