using System.Diagnostics;

namespace PerfWorkflow.Cli.Tests;

/// <summary>The ./perfwf script at the repository root, run once as a real process.</summary>
public class ScriptTests
{
    [Fact]
    public async Task Perfwf_script_builds_if_needed_and_reads_a_value()
    {
        var root = RepositoryRoot();
        var start = new ProcessStartInfo("bash")
        {
            WorkingDirectory = root,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            StandardOutputEncoding = System.Text.Encoding.UTF8,
            StandardErrorEncoding = System.Text.Encoding.UTF8,
        };
        start.ArgumentList.Add(Path.Combine(root, "perfwf"));
        start.ArgumentList.Add("value");
        start.ArgumentList.Add("≥30家");
        using var process = Process.Start(start)!;
        var stdout = process.StandardOutput.ReadToEndAsync();
        var stderr = process.StandardError.ReadToEndAsync();
        // A first run builds the tool in Release; later runs start in well under a second.
        using var timeout = new CancellationTokenSource(TimeSpan.FromMinutes(5));
        try
        {
            await process.WaitForExitAsync(timeout.Token);
        }
        catch (OperationCanceledException)
        {
            process.Kill(entireProcessTree: true);
            Assert.Fail("./perfwf did not finish within 5 minutes");
        }

        var output = await stdout;
        Assert.True(process.ExitCode == 0, $"exit {process.ExitCode}: {await stderr}");
        Assert.Contains("运算 Operator: ≥ (atLeast)", output, StringComparison.Ordinal);
        Assert.Contains("数值 Number: 30", output, StringComparison.Ordinal);
        Assert.Contains("单位 Unit: 家", output, StringComparison.Ordinal);
    }

    private static string RepositoryRoot()
    {
        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
        {
            if (File.Exists(Path.Combine(dir.FullName, "perfwf")) && File.Exists(Path.Combine(dir.FullName, "PerfWorkflow.sln")))
            {
                return dir.FullName;
            }
        }

        throw new InvalidOperationException("repository root with ./perfwf not found above " + AppContext.BaseDirectory);
    }
}
