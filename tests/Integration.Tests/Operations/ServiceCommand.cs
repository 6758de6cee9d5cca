using System.Diagnostics;

namespace PerfWorkflow.Integration.Tests.Operations;

/// <summary>Runs a service binary's one-shot command (`migrate`, `health-check`, `bootstrap-admin`) as an operator would.</summary>
public static class ServiceCommand
{
    /// <summary>A one-shot command of a service binary, configured like a container: environment variables only.</summary>
    public static async Task<(int ExitCode, string Output)> RunAsync(string service, IReadOnlyDictionary<string, string> settings, string command, string stdin = "")
    {
        var dll = RepositoryPaths.ServiceDll(service);
        var start = new ProcessStartInfo("dotnet")
        {
            WorkingDirectory = Path.GetDirectoryName(dll)!,
            RedirectStandardInput = true,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
        };
        start.ArgumentList.Add(dll);
        foreach (var argument in command.Split(' '))
        {
            start.ArgumentList.Add(argument);
        }

        start.Environment["Logging__LogLevel__Default"] = "Warning";
        foreach (var (key, value) in settings)
        {
            start.Environment[key.Replace(":", "__", StringComparison.Ordinal)] = value;
        }

        using var process = Process.Start(start) ?? throw new InvalidOperationException($"Could not start {service} {command}.");
        var output = process.StandardOutput.ReadToEndAsync();
        var error = process.StandardError.ReadToEndAsync();
        await process.StandardInput.WriteAsync(stdin);
        process.StandardInput.Close();
        using var timeout = new CancellationTokenSource(TimeSpan.FromSeconds(120));
        await process.WaitForExitAsync(timeout.Token);
        return (process.ExitCode, await output + await error);
    }
}
