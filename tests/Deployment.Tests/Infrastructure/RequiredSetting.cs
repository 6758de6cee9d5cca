namespace PerfWorkflow.Deployment.Tests.Infrastructure;

/// <summary>
/// One setting a deployed service cannot run correctly without. <see cref="Evidence"/> ties the name to the code that
/// reads it, so renaming the setting in code breaks the deployment tests instead of silently ignoring the old name.
/// <see cref="ClusterOnly"/> settings exist only in Kubernetes (compose runs without TLS inside one host).
/// </summary>
public sealed record RequiredSetting(string Key, bool IsSecret, string? ExpectedValue, IReadOnlyList<SourceEvidence> Evidence, bool ClusterOnly = false)
{
    /// <summary>ASP.NET Core reads its listen address from ASPNETCORE_URLS; every other key maps ':' to '__'.</summary>
    public string EnvironmentName => Key == "Urls" ? "ASPNETCORE_URLS" : Key.Replace(":", "__", StringComparison.Ordinal);
}
