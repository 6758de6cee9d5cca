using Microsoft.Playwright;

namespace PerfWorkflow.Browser.Tests.Infrastructure;

/// <summary>
/// One Host process and one headless Debian Chromium for the whole suite. Playwright never downloads a browser here:
/// it launches the executable PERFWF_TEST_CHROMIUM names (default /usr/bin/chromium) and fails loudly without it.
/// </summary>
public sealed class PortalFixture : IAsyncLifetime
{
    public static readonly string ChromiumPath = Environment.GetEnvironmentVariable("PERFWF_TEST_CHROMIUM") ?? "/usr/bin/chromium";

    private IPlaywright? _playwright;

    public HostProcess Host { get; private set; } = null!;

    public IBrowser Browser { get; private set; } = null!;

    public async Task InitializeAsync()
    {
        if (!File.Exists(ChromiumPath))
        {
            throw new InvalidOperationException(
                $"Chromium is missing at {ChromiumPath}: install Debian's chromium (scripts/test.sh does, as root) or set PERFWF_TEST_CHROMIUM. " +
                "The browser tests never download a browser.");
        }

        Environment.SetEnvironmentVariable("PLAYWRIGHT_SKIP_BROWSER_DOWNLOAD", "1");
        Directory.CreateDirectory(RepositoryPaths.Artifacts);
        Host = await HostProcess.StartAsync();
        _playwright = await Playwright.CreateAsync();
        Browser = await _playwright.Chromium.LaunchAsync(new BrowserTypeLaunchOptions
        {
            ExecutablePath = ChromiumPath,
            Headless = true,
            Args = ["--no-sandbox", "--disable-gpu", "--disable-background-networking", "--disable-component-update", "--disable-sync", "--no-first-run"],
        });
    }

    /// <summary>A fresh browser context (own cookies) at an office PC's 1366×768, signed in as the demo user.</summary>
    public async Task<PortalSession> SignInAsync(string userId)
    {
        var session = await PortalSession.OpenAsync(Browser, Host.BaseAddress);
        await session.SignInAsync(userId);
        return session;
    }

    public async Task DisposeAsync()
    {
        if (Browser is not null)
        {
            await Browser.CloseAsync();
        }

        _playwright?.Dispose();
        if (Host is not null)
        {
            await Host.DisposeAsync();
        }
    }
}
