using Microsoft.Playwright;
using PerfWorkflow.Browser.Tests.Infrastructure;

namespace PerfWorkflow.Browser.Tests;

/// <summary>
/// An address that names no page or no filing answers a Chinese 404 page; the API keeps its ProblemDetails.
/// </summary>
[Collection(PortalCollection.Name)]
public sealed class ErrorPageTests(PortalFixture portal)
{
    [Fact]
    public async Task An_address_naming_no_page_or_no_filing_answers_a_Chinese_404_page_and_the_api_keeps_ProblemDetails()
    {
        await using var filer = await portal.SignInAsync(Demo.Filer(Demo.CleanDepartment));
        filer.ExpectRefusals();

        Assert.Equal(404, await filer.GoAsync("/Filings/not-a-guid"));
        await Assertions.Expect(filer.Page.GetByTestId("not-found")).ToContainTextAsync("页面或档案不存在");
        await filer.ScreenshotAsync("error-404-page");

        foreach (var path in new[] { $"/Filings/{Guid.NewGuid()}", $"/Filings/{Guid.NewGuid()}/Form", $"/Filings/{Guid.NewGuid()}/History" })
        {
            Assert.Equal(404, await filer.GoAsync(path));
            await Assertions.Expect(filer.Page.GetByTestId("refusal")).ToBeVisibleAsync();
            Assert.DoesNotContain("\"status\"", await filer.Page.ContentAsync(), StringComparison.Ordinal);
        }

        var api = await filer.Page.APIRequest.GetAsync("/api/filings/not-a-guid");
        Assert.Equal(404, api.Status);
        Assert.StartsWith("application/problem+json", api.Headers["content-type"], StringComparison.Ordinal);
        filer.AssertNoScriptErrors();
    }
}
