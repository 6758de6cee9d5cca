using Microsoft.Playwright;
using PerfWorkflow.Browser.Tests.Infrastructure;

namespace PerfWorkflow.Browser.Tests;

/// <summary>A filer who types another department's filing URL, or the performance office's pages, gets a 403 refusal page.</summary>
[Collection(PortalCollection.Name)]
public sealed class AccessTests(PortalFixture portal)
{
    [Fact]
    public async Task A_filer_typing_another_departments_filing_url_is_refused()
    {
        var other = await DemoFilings.IdOfAsync(portal.Host, Demo.ErrorDepartment, Demo.Year);
        await using var filer = await portal.SignInAsync(Demo.Filer(Demo.CleanDepartment));
        filer.ExpectRefusals();

        foreach (var path in new[] { $"/Filings/{other}", $"/Filings/{other}/Form", $"/Filings/{other}/History", $"/Filings/{other}/Rectifications" })
        {
            Assert.Equal(403, await filer.GoAsync(path));
            await Assertions.Expect(filer.Page.GetByTestId("refusal")).ToContainTextAsync("您无权查看其他部门的绩效管理档案");
            await Assertions.Expect(filer.Page.GetByTestId("submitted-form")).ToHaveCountAsync(0);
            await Assertions.Expect(filer.Page.GetByTestId("indicator-editor")).ToHaveCountAsync(0);
            await Assertions.Expect(filer.Page.GetByTestId("form-view")).ToHaveCountAsync(0);
        }

        Assert.Equal(403, await filer.GoAsync("/Dashboard"));
        await Assertions.Expect(filer.Page.GetByTestId("refusal")).ToContainTextAsync("您无权查看该页面");
        await Assertions.Expect(filer.Page.GetByTestId("stage-counts")).ToHaveCountAsync(0);

        // Its own filing still opens.
        var own = await DemoFilings.IdOfAsync(portal.Host, Demo.CleanDepartment, Demo.Year);
        Assert.Equal(200, await filer.GoAsync($"/Filings/{own}"));
        filer.AssertNoScriptErrors();
    }
}
