using PerfWorkflow.Deployment.Tests.Infrastructure;

namespace PerfWorkflow.Deployment.Tests;

/// <summary>Every deployment file is well formed on its own, before any tool reads it.</summary>
public sealed class ManifestParsingTests
{
    public static TheoryData<string> KubernetesYamlFiles => new(KubernetesYamlFileList());

    private static IEnumerable<string> KubernetesYamlFileList() =>
        Directory.GetFiles(RepositoryRoot.Combine("k8s"), "*.yaml", SearchOption.AllDirectories)
            .Select(f => Path.GetRelativePath(RepositoryRoot.Path, f).Replace('\\', '/'))
            .Order(StringComparer.Ordinal);

    public static TheoryData<string> EnvFiles => new(
        Directory.GetFiles(RepositoryRoot.Combine("k8s"), "*.env*", SearchOption.AllDirectories)
            .Where(f => Path.GetFileName(f) != "secrets.env" || f.Contains(Path.Combine("k8s", "base"), StringComparison.Ordinal))
            .Select(f => Path.GetRelativePath(RepositoryRoot.Path, f).Replace('\\', '/'))
            .Order(StringComparer.Ordinal));

    [Theory]
    [MemberData(nameof(KubernetesYamlFiles))]
    public void Every_kubernetes_file_parses_into_objects_with_api_version_kind_and_name(string file)
    {
        var documents = YamlDocuments.Parse(RepositoryRoot.ReadText(file));
        if (KustomizeConfigurations().Contains(file))
        {
            // A kustomize transformer configuration (`configurations:`), not an object.
            Assert.NotEmpty(documents);
            return;
        }

        Assert.NotEmpty(documents);
        foreach (var document in documents)
        {
            Assert.False(string.IsNullOrWhiteSpace(document["apiVersion"].Text()), $"{file}: a document has no apiVersion");
            var kind = document["kind"].Text();
            Assert.False(string.IsNullOrWhiteSpace(kind), $"{file}: a document has no kind");
            if (kind != "Kustomization")
            {
                Assert.False(string.IsNullOrWhiteSpace(document["metadata"]?["name"].Text()), $"{file}: a {kind} has no name");
            }
        }
    }

    [Theory]
    [MemberData(nameof(EnvFiles))]
    public void Every_generator_env_file_holds_only_comments_and_key_value_lines(string file)
    {
        var lines = RepositoryRoot.ReadText(file).Split('\n').Select(l => l.TrimEnd('\r'))
            .Where(l => l.Length > 0 && !l.StartsWith('#')).ToList();

        Assert.NotEmpty(lines);
        Assert.All(lines, l => Assert.Matches("^[A-Za-z_][A-Za-z0-9_]*=.+$", l));
    }

    private static HashSet<string> KustomizeConfigurations() =>
        KubernetesYamlFileList().Where(f => f.EndsWith("/kustomization.yaml", StringComparison.Ordinal))
            .SelectMany(k => YamlDocuments.ParseSingle(RepositoryRoot.ReadText(k))["configurations"].Items()
                .Select(c => Path.GetRelativePath(RepositoryRoot.Path, Path.GetFullPath(Path.Combine(RepositoryRoot.Path, Path.GetDirectoryName(k)!, c.Text()!))).Replace('\\', '/')))
            .ToHashSet(StringComparer.Ordinal);

    [Fact]
    public void Both_kustomizations_are_in_the_tree_the_tests_walk()
    {
        var files = KubernetesYamlFileList().ToList();

        Assert.Contains("k8s/base/kustomization.yaml", files);
        Assert.Contains("k8s/overlays/production/kustomization.yaml", files);
    }

    [Fact]
    public void The_compose_file_parses_and_names_every_deployed_service_and_both_backends()
    {
        var compose = YamlDocuments.ParseSingle(RepositoryRoot.ReadText("docker-compose.yml"));
        var services = compose["services"].Entries().Select(p => p.Key).ToHashSet(StringComparer.Ordinal);

        Assert.Superset(DeployedServices.All.Select(s => s.Name).Append("postgres").Append("rabbitmq").ToHashSet(), services);
    }
}
