using System.Text.Json.Nodes;
using PerfWorkflow.Deployment.Tests.Infrastructure;

namespace PerfWorkflow.Deployment.Tests;

/// <summary>Each rendered production Deployment can be probed, is bounded, and carries every setting its service needs.</summary>
public sealed class DeploymentManifestTests
{
    private static readonly KubernetesObjects Production = KubernetesObjects.Production;

    [Theory]
    [MemberData(nameof(DeployedServices.Names), MemberType = typeof(DeployedServices))]
    public void Probes_ask_the_health_endpoints_on_the_port_the_service_listens_on(string service)
    {
        var container = KubernetesObjects.MainContainer(Production.Get("Deployment", service));
        var listenPort = new Uri(SettingValue(service, DeployedServices.Setting(service, "Urls")).Replace("+", "localhost", StringComparison.Ordinal)).Port;

        Assert.Equal(listenPort.ToString(System.Globalization.CultureInfo.InvariantCulture), ContainerPort(container, "http"));
        AssertProbe(container, "readinessProbe", "/health/ready", listenPort);
        AssertProbe(container, "livenessProbe", "/health/live", listenPort);
        AssertProbe(container, "startupProbe", "/health/live", listenPort);
    }

    [Theory]
    [MemberData(nameof(DeployedServices.Names), MemberType = typeof(DeployedServices))]
    public void Every_container_requests_and_is_limited_in_cpu_and_memory(string service)
    {
        var containers = KubernetesObjects.AllContainers(Production.Get("Deployment", service)).ToList();

        Assert.NotEmpty(containers);
        foreach (var container in containers)
        {
            foreach (var bound in new[] { "requests", "limits" })
            {
                foreach (var resource in new[] { "cpu", "memory" })
                {
                    Assert.False(string.IsNullOrWhiteSpace(container["resources"]?[bound]?[resource].Text()),
                        $"{service}/{container["name"].Text()} has no {bound}.{resource}");
                }
            }
        }
    }

    [Theory]
    [MemberData(nameof(DeployedServices.SettingsOfEveryService), MemberType = typeof(DeployedServices))]
    public void Every_required_setting_reaches_the_container_from_the_right_kind_of_source(string service, string key)
    {
        var setting = DeployedServices.Setting(service, key);
        var variable = EnvironmentVariable(service, setting.EnvironmentName);
        var source = variable["valueFrom"];

        Assert.True(variable["value"] is null, $"{service}: {setting.EnvironmentName} is written into the Deployment; take it from the ConfigMap or Secret");
        Assert.True(source?[setting.IsSecret ? "secretKeyRef" : "configMapKeyRef"] is not null,
            $"{service}: {setting.EnvironmentName} must come from a {(setting.IsSecret ? "Secret" : "ConfigMap")}");
        var value = SettingValue(service, setting);
        Assert.False(string.IsNullOrWhiteSpace(value));
        if (setting.ExpectedValue is not null)
        {
            Assert.Equal(setting.ExpectedValue, value);
        }
    }

    [Theory]
    [MemberData(nameof(DeployedServices.Names), MemberType = typeof(DeployedServices))]
    public void Runs_two_or_more_replicas_as_a_non_root_user_on_a_read_only_root(string service)
    {
        var deployment = Production.Get("Deployment", service);
        var pod = KubernetesObjects.PodSpec(deployment);

        Assert.True(int.Parse(deployment["spec"]?["replicas"].Text() ?? "1", System.Globalization.CultureInfo.InvariantCulture) >= 2);
        Assert.Equal("true", pod["securityContext"]?["runAsNonRoot"].Text());
        Assert.NotEqual("0", pod["securityContext"]?["runAsUser"].Text());
        Assert.All(KubernetesObjects.AllContainers(deployment), c =>
        {
            Assert.Equal("true", c["securityContext"]?["readOnlyRootFilesystem"].Text());
            Assert.Equal("false", c["securityContext"]?["allowPrivilegeEscalation"].Text());
        });
    }

    [Fact]
    public void Only_the_services_that_need_secrets_receive_any()
    {
        var portal = KubernetesObjects.AllContainers(Production.Get("Deployment", "portal"));

        Assert.DoesNotContain(portal.SelectMany(c => c["env"].Items()), v => v["valueFrom"]?["secretKeyRef"] is not null);
        Assert.All(portal, c => Assert.Null(c["envFrom"]));
    }

    /// <summary>The value a setting will have in the container: resolved through the rendered ConfigMap or Secret.</summary>
    internal static string SettingValue(string service, RequiredSetting setting)
    {
        var source = EnvironmentVariable(service, setting.EnvironmentName)["valueFrom"];
        if (source?["configMapKeyRef"] is { } configRef)
        {
            var map = Production.Get("ConfigMap", configRef["name"].Text()!);
            return map["data"]?[configRef["key"].Text()!].Text()
                ?? throw new InvalidOperationException($"ConfigMap {configRef["name"].Text()} has no key {configRef["key"].Text()}.");
        }

        if (source?["secretKeyRef"] is { } secretRef)
        {
            var secret = Production.Get("Secret", secretRef["name"].Text()!);
            var encoded = secret["data"]?[secretRef["key"].Text()!].Text()
                ?? throw new InvalidOperationException($"Secret {secretRef["name"].Text()} has no key {secretRef["key"].Text()}.");
            return System.Text.Encoding.UTF8.GetString(Convert.FromBase64String(encoded));
        }

        return EnvironmentVariable(service, setting.EnvironmentName)["value"].Text() ?? string.Empty;
    }

    private static JsonNode EnvironmentVariable(string service, string name) =>
        KubernetesObjects.MainContainer(Production.Get("Deployment", service))["env"].Items().SingleOrDefault(v => v["name"].Text() == name)
        ?? throw new Xunit.Sdk.XunitException($"{service}: the Deployment sets no {name}.");

    private static string? ContainerPort(JsonNode container, string portName) =>
        container["ports"].Items().SingleOrDefault(p => p["name"].Text() == portName)?["containerPort"].Text();

    private static void AssertProbe(JsonNode container, string probe, string path, int listenPort)
    {
        var get = container[probe]?["httpGet"];
        Assert.True(get is not null, $"{container["name"].Text()} has no {probe} over HTTP");
        Assert.Equal(path, get!["path"].Text());
        var port = get["port"].Text()!;
        var number = int.TryParse(port, out var direct) ? direct.ToString(System.Globalization.CultureInfo.InvariantCulture) : ContainerPort(container, port);
        Assert.Equal(listenPort.ToString(System.Globalization.CultureInfo.InvariantCulture), number);
    }
}
