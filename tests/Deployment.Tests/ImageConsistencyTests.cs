using PerfWorkflow.Deployment.Tests.Infrastructure;

namespace PerfWorkflow.Deployment.Tests;

/// <summary>Compose and Kubernetes run the images the Dockerfiles build, each service its own.</summary>
public sealed class ImageConsistencyTests
{
    [Theory]
    [MemberData(nameof(DeployedServices.Names), MemberType = typeof(DeployedServices))]
    public void Compose_builds_the_service_from_its_own_dockerfile_under_its_own_image_name(string service)
    {
        var expected = DeployedServices.Named(service);
        var compose = ComposeConfig.Service(service);

        Assert.Equal($"{expected.ImageRepository}:{ComposeConfig.Tag}", compose["image"].Text());
        Assert.Equal(expected.DockerfilePath, compose["build"]?["dockerfile"].Text());
        Assert.Equal(Path.TrimEndingDirectorySeparator(RepositoryRoot.Path), Path.TrimEndingDirectorySeparator(compose["build"]?["context"].Text() ?? string.Empty));
        Assert.Equal(["DOTNET_ASPNET_DIGEST", "DOTNET_SDK_DIGEST"], compose["build"]?["args"].Entries().Select(a => a.Key).Order(StringComparer.Ordinal));
        Assert.True(File.Exists(RepositoryRoot.Combine(expected.DockerfilePath.Split('/'))));
    }

    [Theory]
    [MemberData(nameof(DeployedServices.Names), MemberType = typeof(DeployedServices))]
    public void Kubernetes_runs_the_services_own_image(string service)
    {
        var image = KubernetesObjects.MainContainer(KubernetesObjects.Production.Get("Deployment", service))["image"].Text()!;

        Assert.Equal(DeployedServices.Named(service).ImageRepository, ImageReference.Parse(image).Repository);
    }

    [Fact]
    public void Every_image_compose_builds_or_kubernetes_runs_of_ours_has_a_dockerfile()
    {
        var composeImages = ComposeConfig.Resolved["services"].Entries().Select(s => s.Value?["image"].Text()).OfType<string>();
        var clusterImages = KubernetesObjects.Production.OfKind("Deployment").Concat(KubernetesObjects.Production.OfKind("Job"))
            .SelectMany(KubernetesObjects.AllContainers).Select(c => c["image"].Text()).OfType<string>();
        var ours = composeImages.Concat(clusterImages)
            .Select(i => ImageReference.Parse(i).Repository)
            .Where(i => i.StartsWith("perfworkflow/", StringComparison.Ordinal))
            .Distinct().ToList();

        Assert.Equal(DeployedServices.All.Select(s => s.ImageRepository).Order(), ours.Order());
        var serviceFolders = Directory.GetDirectories(RepositoryRoot.Combine("services")).Select(Path.GetFileName).OfType<string>().ToList();
        Assert.All(ours, image =>
        {
            var folder = serviceFolders.SingleOrDefault(f => string.Equals(f, image["perfworkflow/".Length..], StringComparison.OrdinalIgnoreCase));
            Assert.True(folder is not null && File.Exists(RepositoryRoot.Combine("services", folder, "Dockerfile")), $"{image} has no services/<Service>/Dockerfile");
        });
    }
}
