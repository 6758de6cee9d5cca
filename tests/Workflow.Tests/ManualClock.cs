namespace PerfWorkflow.Workflow.Tests;

/// <summary>A clock the test moves by hand (Microsoft.Extensions.TimeProvider.Testing is not available here).</summary>
public sealed class ManualClock(DateTimeOffset start) : TimeProvider
{
    private DateTimeOffset _now = start;

    public override DateTimeOffset GetUtcNow() => _now.ToUniversalTime();

    public void Set(DateTimeOffset now) => _now = now >= _now ? now : throw new InvalidOperationException("A manual clock does not run backwards.");

    public static DateTimeOffset Local(string isoLocal) =>
        DateTimeOffset.Parse(isoLocal + "+08:00", global::System.Globalization.CultureInfo.InvariantCulture);
}
