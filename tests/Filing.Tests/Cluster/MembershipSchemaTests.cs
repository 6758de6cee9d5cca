using System.Reflection;
using System.Text.RegularExpressions;
using Orleans.Configuration;
using PerfWorkflow.Filing.Persistence;

namespace PerfWorkflow.Filing.Tests.Cluster;

/// <summary>
/// The ADO.NET clustering provider refuses to start unless OrleansQuery holds every query it needs, and binds its
/// parameters by name. Both are checked here against the provider assembly itself, so an Orleans upgrade that wants a
/// new query, or a typo in a parameter, fails a test instead of a deployment.
/// </summary>
public sealed partial class MembershipSchemaTests
{
    private static readonly string Script = ReadScript("schema/postgres/0004_orleans_membership.sql");

    [Fact]
    public void The_membership_script_defines_every_query_the_clustering_provider_requires()
    {
        var required = ProviderQueryKeys();

        // The provider's contract in 10.4.2 is these nine; finding fewer means the reflection below lost its way.
        Assert.Superset(
            new HashSet<string>(
            [
                "UpdateIAmAlivetimeKey", "InsertMembershipVersionKey", "InsertMembershipKey", "UpdateMembershipKey",
                "MembershipReadRowKey", "MembershipReadAllKey", "DeleteMembershipTableEntriesKey", "GatewaysQueryKey",
                "CleanupDefunctSiloEntriesKey",
            ]),
            required);
        Assert.Superset(required, DefinedKeys());
    }

    [Fact]
    public void Every_parameter_the_queries_use_is_one_the_provider_binds()
    {
        var bound = ProviderParameterNames();
        var used = ParameterPattern().Matches(Script).Select(m => m.Groups[1].Value).ToHashSet();

        Assert.Contains("DeploymentId", used);
        Assert.Subset(bound, used);
    }

    [Fact]
    public void Every_column_the_provider_reads_by_name_is_answered_under_that_name()
    {
        foreach (var column in new[] { "Version", "Address", "Port", "Generation", "SiloName", "HostName", "Status", "ProxyPort", "SuspectTimes", "StartTime", "IAmAliveTime" })
        {
            Assert.Matches($"AS \"{column}\"", QueryText("MembershipReadAllKey"));
            Assert.Matches($"AS \"{column}\"", QueryText("MembershipReadRowKey"));
        }

        foreach (var column in new[] { "Address", "ProxyPort", "Generation" })
        {
            Assert.Matches($"AS \"{column}\"", QueryText("GatewaysQueryKey"));
        }
    }

    /// <summary>The query-key properties of the provider's stored-queries class: the set its constructor demands.</summary>
    private static HashSet<string> ProviderQueryKeys()
    {
        var storedQueries = ProviderTypes().Single(t => t.Name == "DbStoredQueries" && t.DeclaringType is null);
        return storedQueries.GetProperties(BindingFlags.Instance | BindingFlags.NonPublic)
            .Select(p => p.Name)
            .Where(n => n.EndsWith("Key", StringComparison.Ordinal))
            .ToHashSet();
    }

    /// <summary>The names the provider gives its command parameters: the setters of its Columns class.</summary>
    private static HashSet<string> ProviderParameterNames()
    {
        var columns = ProviderTypes().Single(t => t.Name == "Columns" && t.DeclaringType?.Name == "DbStoredQueries");
        var names = columns.GetProperties(BindingFlags.Instance | BindingFlags.NonPublic).Select(p => p.Name).ToHashSet();
        Assert.Contains("SiloAddress", names);

        // A SiloAddress is bound as its three parts.
        names.UnionWith(["Address", "Port", "Generation"]);
        return names;
    }

    private static Type[] ProviderTypes() => typeof(AdoNetClusteringSiloOptions).Assembly.GetTypes();

    private static HashSet<string> DefinedKeys() =>
        KeyPattern().Matches(Script).Select(m => m.Groups[1].Value).ToHashSet();

    private static string QueryText(string key)
    {
        var start = Script.IndexOf($"('{key}', $sql$", StringComparison.Ordinal);
        Assert.True(start >= 0, $"{key} is not defined");
        var body = start + key.Length + 10;
        return Script[body..Script.IndexOf("$sql$", body, StringComparison.Ordinal)];
    }

    private static string ReadScript(string name)
    {
        using var stream = typeof(FilingDbContext).Assembly.GetManifestResourceStream(name)
            ?? throw new InvalidOperationException($"{name} is not embedded in the Filing assembly.");
        using var reader = new StreamReader(stream);
        return reader.ReadToEnd();
    }

    [GeneratedRegex(@"\('(\w+Key)', \$sql\$")]
    private static partial Regex KeyPattern();

    [GeneratedRegex(@"@(\w+)")]
    private static partial Regex ParameterPattern();
}
