namespace PerfWorkflow.Hosting.Commands;

/// <summary>
/// A one-shot operator task a service binary runs instead of serving (`dotnet PerfWorkflow.Filing.dll migrate`):
/// it uses the same settings and the same registrations as the service, then exits with its code.
/// A module registers its commands as <c>IServiceCommand</c> singletons.
/// </summary>
public interface IServiceCommand
{
    /// <summary>The first command-line argument that selects this command.</summary>
    string Name { get; }

    /// <summary>Runs the command; 0 for success. <paramref name="input"/> is where secrets are read from (stdin).</summary>
    Task<int> RunAsync(IReadOnlyList<string> arguments, TextReader input, TextWriter output, CancellationToken cancellationToken);
}
