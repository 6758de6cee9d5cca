using System.Text.RegularExpressions;
using PerfWorkflow.Deployment.Tests.Infrastructure;

namespace PerfWorkflow.Deployment.Tests;

/// <summary>
/// Committed secrets are placeholders, and unusable ones: a forgotten replacement stops the services at start
/// instead of running them with a key anyone can read in the repository.
/// </summary>
public sealed partial class SecretPlaceholderTests
{
    private const string Placeholder = "REPLACE_ME";

    public static TheoryData<string> SecretFiles => new("k8s/base/secrets.env", "k8s/overlays/production/secrets.env");

    [Theory]
    [MemberData(nameof(SecretFiles))]
    public void Every_committed_secret_value_is_a_placeholder(string file)
    {
        var values = ReadEnvFile(file);

        Assert.NotEmpty(values);
        Assert.All(values, pair => Assert.True(pair.Value.Contains(Placeholder, StringComparison.Ordinal),
            $"{file}: {pair.Key} holds something other than a {Placeholder} placeholder; real secrets never go into git"));
    }

    [Theory]
    [MemberData(nameof(SecretFiles))]
    public void The_placeholder_signing_key_is_too_short_for_the_services_to_start_with(string file)
    {
        var minimum = int.Parse(
            SigningKeyMinimum().Match(RepositoryRoot.ReadText("shared/Hosting/Security/LocalSigningKey.cs")).Groups[1].Value,
            System.Globalization.CultureInfo.InvariantCulture);

        Assert.True(System.Text.Encoding.UTF8.GetByteCount(ReadEnvFile(file)["Auth__SigningKey"]) < minimum);
    }

    [Theory]
    [MemberData(nameof(SecretFiles))]
    public void The_secret_holds_exactly_the_secret_settings_of_the_table(string file)
    {
        var expected = DeployedServices.All.SelectMany(s => s.Settings).Where(s => s.IsSecret).Select(s => s.EnvironmentName).Distinct().Order();

        Assert.Equal(expected, ReadEnvFile(file).Keys.Order());
    }

    [Fact]
    public void Production_renders_the_overlays_secret_under_a_content_hashed_name_the_deployments_use()
    {
        var production = KubernetesObjects.Production;
        var secret = production.GetGenerated("Secret", "perfworkflow-secrets");
        var name = secret["metadata"]?["name"].Text();
        var overlayUri = ReadEnvFile("k8s/overlays/production/secrets.env")["Bus__RabbitMq__Uri"];
        var renderedUri = System.Text.Encoding.UTF8.GetString(Convert.FromBase64String(secret["data"]?["Bus__RabbitMq__Uri"].Text() ?? string.Empty));

        Assert.Equal(overlayUri, renderedUri);
        var references = production.OfKind("Deployment").SelectMany(KubernetesObjects.AllContainers)
            .SelectMany(c => c["env"].Items()).Select(v => v["valueFrom"]?["secretKeyRef"]?["name"].Text()).OfType<string>().Distinct().ToList();
        Assert.Equal([name!], references);
    }

    private static Dictionary<string, string> ReadEnvFile(string file) =>
        RepositoryRoot.ReadText(file).Split('\n').Select(l => l.TrimEnd('\r'))
            .Where(l => l.Length > 0 && !l.StartsWith('#'))
            .Select(l => l.Split('=', 2))
            .ToDictionary(p => p[0], p => p[1], StringComparer.Ordinal);

    [GeneratedRegex(@"bytes\.Length >= (\d+)")]
    private static partial Regex SigningKeyMinimum();
}
