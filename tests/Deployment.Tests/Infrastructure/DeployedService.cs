namespace PerfWorkflow.Deployment.Tests.Infrastructure;

/// <summary>A service that runs as its own container: its name in compose and Kubernetes, its project folder.</summary>
public sealed record DeployedService(string Name, string ProjectFolder, IReadOnlyList<RequiredSetting> Settings)
{
    public string DockerfilePath => $"services/{ProjectFolder}/Dockerfile";

    public string ProjectFile => $"services/{ProjectFolder}/PerfWorkflow.{ProjectFolder}.csproj";

    public string ImageRepository => $"perfworkflow/{Name}";
}
