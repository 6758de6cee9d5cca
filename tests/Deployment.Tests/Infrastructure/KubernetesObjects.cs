using System.Text.Json.Nodes;

namespace PerfWorkflow.Deployment.Tests.Infrastructure;

/// <summary>The objects `kubectl kustomize` renders for one kustomization, looked up by kind and name.</summary>
public sealed class KubernetesObjects(IReadOnlyList<JsonNode> objects)
{
    public const string ProductionOverlay = "k8s/overlays/production";

    private static readonly Lazy<KubernetesObjects> ProductionObjects = new(() =>
    {
        var run = KustomizeProduction();
        return run.ExitCode == 0
            ? new KubernetesObjects(YamlDocuments.Parse(run.StandardOutput))
            : throw new InvalidOperationException($"kubectl kustomize {ProductionOverlay} failed: {run.Describe()}");
    });

    /// <summary>What would be applied to production: every structural test reads this, not the raw files.</summary>
    public static KubernetesObjects Production => ProductionObjects.Value;

    public IReadOnlyList<JsonNode> All => objects;

    public static ToolRun Kustomize(string directory) => ExternalTool.Run(ExternalTool.Kubectl, ["kustomize", directory]);

    /// <summary>
    /// The production overlay as the release renders it, with secrets.env written from secrets.env.example: git
    /// ignores secrets.env (real values live only on the release machine), so the tree is copied to a temporary
    /// folder, leaving out any secrets.env a checkout may hold, and rendered there.
    /// </summary>
    public static ToolRun KustomizeProduction()
    {
        var copy = Path.Combine(Path.GetTempPath(), "perfwf-kustomize-" + Guid.NewGuid().ToString("N"));
        try
        {
            CopyTree(RepositoryRoot.Combine("k8s"), Path.Combine(copy, "k8s"));
            var overlay = Path.Combine(copy, "k8s", "overlays", "production");
            File.Copy(Path.Combine(overlay, "secrets.env.example"), Path.Combine(overlay, "secrets.env"));
            return ExternalTool.Run(ExternalTool.Kubectl, ["kustomize", overlay]);
        }
        finally
        {
            Directory.Delete(copy, recursive: true);
        }
    }

    public static KubernetesObjects Render(string directory)
    {
        var run = Kustomize(directory);
        return run.ExitCode == 0
            ? new KubernetesObjects(YamlDocuments.Parse(run.StandardOutput))
            : throw new InvalidOperationException($"kubectl kustomize {directory} failed: {run.Describe()}");
    }

    private static void CopyTree(string from, string to)
    {
        Directory.CreateDirectory(to);
        foreach (var file in Directory.GetFiles(from).Where(f => Path.GetFileName(f) != "secrets.env" || Path.GetFileName(from) == "base"))
        {
            File.Copy(file, Path.Combine(to, Path.GetFileName(file)));
        }

        foreach (var directory in Directory.GetDirectories(from))
        {
            CopyTree(directory, Path.Combine(to, Path.GetFileName(directory)));
        }
    }

    public IEnumerable<JsonNode> OfKind(string kind) => objects.Where(o => o["kind"].Text() == kind);

    public JsonNode? Find(string kind, string name) => OfKind(kind).SingleOrDefault(o => o["metadata"]?["name"].Text() == name);

    public JsonNode Get(string kind, string name) =>
        Find(kind, name) ?? throw new InvalidOperationException($"No {kind} named {name} is rendered.");

    /// <summary>Generated ConfigMaps and Secrets carry a content hash after their name (perfworkflow-secrets-5gd9…).</summary>
    public JsonNode GetGenerated(string kind, string name) =>
        OfKind(kind).SingleOrDefault(o => o["metadata"]?["name"].Text() is { } n && n.StartsWith(name + "-", StringComparison.Ordinal))
        ?? throw new InvalidOperationException($"No generated {kind} named {name}-<hash> is rendered.");

    public static JsonNode PodSpec(JsonNode deployment) =>
        deployment["spec"]?["template"]?["spec"] ?? throw new InvalidOperationException("Deployment without a pod spec.");

    public static JsonNode MainContainer(JsonNode deployment) =>
        PodSpec(deployment)["containers"].Items().Single(c => c["name"].Text() == deployment["metadata"]?["name"].Text());

    public static IEnumerable<JsonNode> AllContainers(JsonNode deployment) =>
        PodSpec(deployment)["containers"].Items().Concat(PodSpec(deployment)["initContainers"].Items());

    /// <summary>The container's environment variable of that name, or null.</summary>
    public static JsonNode? Variable(JsonNode container, string name) =>
        container["env"].Items().SingleOrDefault(v => v["name"].Text() == name);

    public static Dictionary<string, string> Labels(JsonNode? labels) =>
        labels.Entries().ToDictionary(p => p.Key, p => p.Value.Text() ?? string.Empty, StringComparer.Ordinal);

    /// <summary>True when every label the selector asks for is on the pod (matchLabels only, as used here).</summary>
    public static bool Selects(JsonNode? matchLabels, IReadOnlyDictionary<string, string> podLabels)
    {
        var wanted = Labels(matchLabels);
        return wanted.Count > 0 && wanted.All(w => podLabels.TryGetValue(w.Key, out var v) && v == w.Value);
    }
}
