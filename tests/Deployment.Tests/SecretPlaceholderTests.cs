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

    public static TheoryData<string> SecretFiles => new("k8s/base/secrets.env", "k8s/overlays/production/secrets.env.example");

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
        var expected = DeployedServices.All.SelectMany(s => s.Settings).Where(s => s.IsSecret).Select(s => s.EnvironmentName)
            .Append(DeployedServices.MigratorConnectionKey).Distinct().Order();

        Assert.Equal(expected, ReadEnvFile(file).Keys.Order());
    }

    [Fact]
    public void Production_renders_the_overlays_secret_under_a_content_hashed_name_the_deployments_use()
    {
        var production = KubernetesObjects.Production;
        var secret = production.GetGenerated("Secret", "perfworkflow-secrets");
        var name = secret["metadata"]?["name"].Text();
        var overlayUri = ReadEnvFile("k8s/overlays/production/secrets.env.example")["Bus__RabbitMq__Uri"];
        var renderedUri = System.Text.Encoding.UTF8.GetString(Convert.FromBase64String(secret["data"]?["Bus__RabbitMq__Uri"].Text() ?? string.Empty));

        Assert.Equal(overlayUri, renderedUri);
        var references = production.OfKind("Deployment").Concat(production.OfKind("Job")).SelectMany(KubernetesObjects.AllContainers)
            .SelectMany(c => c["env"].Items()).Select(v => v["valueFrom"]?["secretKeyRef"]?["name"].Text()).OfType<string>().Distinct().ToList();
        Assert.Equal([name!], references);
    }

    [Fact]
    public void Git_ignores_the_real_secret_files_and_tracks_only_their_examples()
    {
        var tracked = ExternalTool.Run(ExternalTool.Git, ["ls-files", "k8s", ".env", "compose.env.example"]);
        var ignored = ExternalTool.Run(ExternalTool.Git, ["check-ignore", "--no-index", "k8s/overlays/production/secrets.env", ".env"]);

        Assert.Equal(0, tracked.ExitCode);
        var files = tracked.StandardOutput.Split('\n', StringSplitOptions.RemoveEmptyEntries);
        Assert.Contains("k8s/overlays/production/secrets.env.example", files);
        Assert.Contains("compose.env.example", files);
        Assert.DoesNotContain(files, f => f.StartsWith("k8s/overlays/", StringComparison.Ordinal) && f.EndsWith("/secrets.env", StringComparison.Ordinal));
        Assert.DoesNotContain(".env", files);
        Assert.True(ignored.ExitCode == 0, ignored.Describe());
        Assert.Equal(["k8s/overlays/production/secrets.env", ".env"], ignored.StandardOutput.Split('\n', StringSplitOptions.RemoveEmptyEntries));
    }

    [Fact]
    public void The_compose_example_holds_no_secret_and_names_every_variable_compose_requires()
    {
        var example = ReadEnvFile("compose.env.example");
        var required = Regex.Matches(RepositoryRoot.ReadText("docker-compose.yml"), @"\$\{(PERFWF_\w+):\?").Select(m => m.Groups[1].Value).Distinct();

        Assert.All(required, variable => Assert.True(example.ContainsKey(variable), $"compose.env.example lacks {variable}"));
        Assert.All(example.Where(p => Regex.IsMatch(p.Key, "PASSWORD|KEY|DIGEST")), p =>
            Assert.True(p.Value.Length == 0 || p.Value.Contains(Placeholder, StringComparison.Ordinal), $"{p.Key} holds a value; real secrets never go into git"));
    }

    private static Dictionary<string, string> ReadEnvFile(string file) =>
        RepositoryRoot.ReadText(file).Split('\n').Select(l => l.TrimEnd('\r'))
            .Where(l => l.Length > 0 && !l.StartsWith('#'))
            .Select(l => l.Split('=', 2))
            .ToDictionary(p => p[0], p => p[1], StringComparer.Ordinal);

    [GeneratedRegex(@"bytes\.Length >= (\d+)")]
    private static partial Regex SigningKeyMinimum();
}
