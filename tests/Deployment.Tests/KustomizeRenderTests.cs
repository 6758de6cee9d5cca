using PerfWorkflow.Deployment.Tests.Infrastructure;

namespace PerfWorkflow.Deployment.Tests;

/// <summary>`kubectl kustomize` renders the base and the production overlay offline, as the release would.</summary>
public sealed class KustomizeRenderTests
{
    [Theory]
    [InlineData("k8s/base")]
    [InlineData(KubernetesObjects.ProductionOverlay)]
    public void The_kustomization_renders_offline(string directory)
    {
        var run = directory == KubernetesObjects.ProductionOverlay ? KubernetesObjects.KustomizeProduction() : KubernetesObjects.Kustomize(directory);

        Assert.True(run.ExitCode == 0, run.Describe());
        Assert.NotEmpty(YamlDocuments.Parse(run.StandardOutput));
    }

    [Fact]
    public void Production_renders_one_deployment_per_deployed_service_and_nothing_unexpected_runs()
    {
        var deployments = KubernetesObjects.Production.OfKind("Deployment").Select(d => d["metadata"]?["name"].Text()).Order().ToList();

        Assert.Equal(DeployedServices.All.Select(s => s.Name).Order(), deployments);
    }

    [Fact]
    public void Production_puts_every_namespaced_object_in_its_own_restricted_namespace()
    {
        var objects = KubernetesObjects.Production;
        var ns = objects.OfKind("Namespace").Single();
        var name = ns["metadata"]?["name"].Text();

        Assert.Equal("restricted", ns["metadata"]?["labels"]?["pod-security.kubernetes.io/enforce"].Text());
        Assert.All(objects.All.Where(o => o["kind"].Text() != "Namespace"),
            o => Assert.Equal(name, o["metadata"]?["namespace"].Text()));
    }

    [Fact]
    public void Production_runs_every_image_from_a_registry_by_digest()
    {
        var objects = KubernetesObjects.Production;
        var images = objects.OfKind("Deployment").Concat(objects.OfKind("Job")).SelectMany(KubernetesObjects.AllContainers)
            .Select(c => c["image"].Text()!).ToList();

        Assert.NotEmpty(images);
        Assert.All(images, image =>
        {
            var reference = ImageReference.Parse(image);
            Assert.NotNull(reference.Registry);
            Assert.Matches("^sha256:[0-9a-f]{64}$", reference.Digest ?? string.Empty);
            Assert.NotEqual("latest", reference.Tag);
        });
    }
}
