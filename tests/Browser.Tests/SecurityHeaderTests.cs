using Microsoft.Playwright;
using PerfWorkflow.Browser.Tests.Infrastructure;

namespace PerfWorkflow.Browser.Tests;

/// <summary>
/// Every Portal page carries a Content-Security-Policy that allows no script and no inline style, and the usual
/// security headers; the pages still look as designed under it (their stylesheet loads, nothing is blocked).
/// </summary>
[Collection(PortalCollection.Name)]
public sealed class SecurityHeaderTests(PortalFixture portal)
{
    [Fact]
    public async Task Every_page_sends_a_strict_content_security_policy_and_still_renders_without_violations()
    {
        var filing = await DemoFilings.IdOfAsync(portal.Host, Demo.CleanDepartment, Demo.Year);
        await using var office = await portal.SignInAsync(Demo.PerformanceOffice);
        string[] pages =
        [
            "/", "/Dashboard", "/SpotCheck", "/Inbox?status=todo",
            $"/Filings/{filing}", $"/Filings/{filing}/Form", $"/Filings/{filing}/History", $"/Filings/{filing}/Rectifications",
        ];

        foreach (var path in pages)
        {
            var response = await office.Page.GotoAsync(path);
            Assert.NotNull(response);
            AssertSecurityHeaders(await response.AllHeadersAsync(), path);
            var banner = await office.Page.EvalOnSelectorAsync<string>("header", "e => getComputedStyle(e).backgroundColor");
            Assert.True(banner == "rgb(155, 28, 28)", $"{path}: the stylesheet did not apply (header is {banner})");
        }

        office.AssertNoScriptErrors();
    }

    [Fact]
    public async Task The_sign_in_page_and_a_refusal_carry_the_headers_too()
    {
        using var anonymous = new HttpClient { BaseAddress = portal.Host.BaseAddress };
        foreach (var path in new[] { "/Account/Login", "/Dashboard", "/portal.css" })
        {
            using var response = await anonymous.GetAsync(path);
            var headers = response.Headers.Concat(response.Content.Headers)
                .ToDictionary(h => h.Key.ToLowerInvariant(), h => string.Join(", ", h.Value), StringComparer.Ordinal);
            AssertSecurityHeaders(headers, path);
        }
    }

    private static void AssertSecurityHeaders(IReadOnlyDictionary<string, string> headers, string path)
    {
        Assert.True(headers.TryGetValue("content-security-policy", out var csp), $"{path}: no Content-Security-Policy");
        Assert.Contains("default-src 'none'", csp, StringComparison.Ordinal);
        Assert.Contains("frame-ancestors 'none'", csp, StringComparison.Ordinal);
        Assert.DoesNotContain("unsafe-inline", csp, StringComparison.Ordinal);
        Assert.DoesNotContain("script-src", csp, StringComparison.Ordinal); // no script at all: default-src 'none' covers it
        Assert.Equal("nosniff", headers.GetValueOrDefault("x-content-type-options"));
        Assert.Equal("DENY", headers.GetValueOrDefault("x-frame-options"));
        Assert.Equal("same-origin", headers.GetValueOrDefault("referrer-policy"));
    }
}
