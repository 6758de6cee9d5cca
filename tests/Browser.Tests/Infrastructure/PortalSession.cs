using Microsoft.Playwright;

namespace PerfWorkflow.Browser.Tests.Infrastructure;

/// <summary>
/// One person's browser context on the Portal. It records every console error and uncaught page error, so a test
/// can assert that no page it visited threw a script error, and saves screenshots as test artifacts.
/// </summary>
public sealed class PortalSession : IAsyncDisposable
{
    private readonly IBrowserContext _context;
    private readonly List<string> _errors = [];
    private bool _refusalsExpected;

    private PortalSession(IBrowserContext context, IPage page, Uri baseAddress)
    {
        _context = context;
        Page = page;
        BaseAddress = baseAddress;
        page.Console += (_, message) =>
        {
            // A 403 or 404 page is the answer a refusal test wants; Chromium still reports its status as a console error.
            if (message.Type == "error" && !(_refusalsExpected && (message.Text.Contains("status of 403", StringComparison.Ordinal) || message.Text.Contains("status of 404", StringComparison.Ordinal))))
            {
                lock (_errors)
                {
                    _errors.Add($"console: {message.Text} ({page.Url})");
                }
            }
        };
        page.PageError += (_, error) =>
        {
            lock (_errors)
            {
                _errors.Add($"page error: {error} ({page.Url})");
            }
        };
    }

    public IPage Page { get; }

    public Uri BaseAddress { get; }

    public static async Task<PortalSession> OpenAsync(IBrowser browser, Uri baseAddress)
    {
        var context = await browser.NewContextAsync(new BrowserNewContextOptions
        {
            ViewportSize = new ViewportSize { Width = 1366, Height = 768 },
            BaseURL = baseAddress.ToString(),
            Locale = "zh-CN",
        });
        context.SetDefaultTimeout(15_000);
        return new PortalSession(context, await context.NewPageAsync(), baseAddress);
    }

    public async Task SignInAsync(string userId)
    {
        await GoAsync("/Account/Login");
        await Page.GetByLabel("账号").FillAsync(userId);
        await Page.GetByLabel("密码").FillAsync(Demo.Password);
        await Page.GetByRole(AriaRole.Button, new() { Name = "登录" }).ClickAsync();

        // Wait for what the next page shows, not for a navigation: the sign-in posts, redirects and renders the landing
        // page, and a wait for the URL that starts after the redirect has landed can hang on a load state that already
        // passed (it timed out twice that way). Signed in, the layout names the person; refused, the form says why.
        var signedIn = Page.GetByTestId("who");
        var refusal = Page.Locator("form p[role=alert]");
        await Assertions.Expect(signedIn.Or(refusal).First).ToBeVisibleAsync(new() { Timeout = 60_000 });
        if (!await signedIn.IsVisibleAsync())
        {
            throw new InvalidOperationException($"{userId} stayed on the sign-in page ({Page.Url}); it shows: {string.Join(" | ", await refusal.AllInnerTextsAsync())}");
        }

        var who = await signedIn.InnerTextAsync();
        Assert.False(string.IsNullOrWhiteSpace(who), $"{userId} is not shown as signed in");
    }

    /// <summary>Navigates and answers the HTTP status of the page's document.</summary>
    public async Task<int> GoAsync(string path)
    {
        var response = await Page.GotoAsync(path);
        return response?.Status ?? 0;
    }

    /// <summary>Saves a full-page PNG into the artifacts directory and answers its path.</summary>
    public async Task<string> ScreenshotAsync(string name)
    {
        var path = Path.Combine(RepositoryPaths.Artifacts, $"{name}.png");
        await Page.ScreenshotAsync(new PageScreenshotOptions { Path = path, FullPage = false });
        Assert.True(new FileInfo(path).Length > 1000, $"screenshot {path} is empty");
        return path;
    }

    /// <summary>From now on a 403 or 404 answer is expected and its console line is not counted as an error.</summary>
    public void ExpectRefusals() => _refusalsExpected = true;

    public void AssertNoScriptErrors()
    {
        lock (_errors)
        {
            Assert.True(_errors.Count == 0, "Script errors on the Portal's pages:\n" + string.Join('\n', _errors));
        }
    }

    public async ValueTask DisposeAsync()
    {
        await _context.CloseAsync();
    }
}
