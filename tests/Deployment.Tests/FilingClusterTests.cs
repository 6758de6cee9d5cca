using System.Globalization;
using System.Text.Json.Nodes;
using PerfWorkflow.Deployment.Tests.Infrastructure;

namespace PerfWorkflow.Deployment.Tests;

/// <summary>
/// The Filing silos run as one Orleans cluster (ADR 0005, "Filing silos"): each advertises its own pod IP, declares
/// the ports its settings name, talks to the other silos and to nobody else on the silo port, waits to join before
/// it is ready, and has time to drain before it is killed. The dashboard stays off and unpublished.
/// </summary>
public sealed class FilingClusterTests
{
    private const string ClusteringFile = "services/Filing/Cluster/FilingClustering.cs";
    private static readonly KubernetesObjects Production = KubernetesObjects.Production;

    [Fact]
    public void Each_silo_advertises_its_own_pod_ip_from_the_downward_api()
    {
        var variable = Environment("Orleans__AdvertisedAddress");

        Assert.Null(variable["value"]);
        Assert.Equal("status.podIP", variable["valueFrom"]?["fieldRef"]?["fieldPath"].Text());
        Assert.Contains("section[\"AdvertisedAddress\"]", RepositoryRoot.ReadText("services/Filing/Cluster/FilingClusterSettings.cs"), StringComparison.Ordinal);
        Assert.Contains("silo.ConfigureEndpoints(address, settings.SiloPort, settings.GatewayPort", RepositoryRoot.ReadText(ClusteringFile), StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("silo", "Orleans:SiloPort")]
    [InlineData("gateway", "Orleans:GatewayPort")]
    public void The_container_declares_the_orleans_ports_its_settings_name(string portName, string key)
    {
        var container = KubernetesObjects.MainContainer(Production.Get("Deployment", "filing"));

        Assert.Equal(Setting(key), container["ports"].Items().Single(p => p["name"].Text() == portName)["containerPort"].Text());
    }

    [Fact]
    public void The_silo_port_is_open_between_filing_pods_and_to_nothing_else()
    {
        var siloPort = Setting("Orleans:SiloPort");
        var filing = FilingPodLabels();
        var policies = Production.OfKind("NetworkPolicy").ToList();
        var intoFiling = policies.Where(p => AppliesTo(p, filing)).SelectMany(p => p["spec"]?["ingress"].Items() ?? []).ToList();
        var outOfFiling = policies.Where(p => AppliesTo(p, filing)).SelectMany(p => p["spec"]?["egress"].Items() ?? []).ToList();

        Assert.Contains(intoFiling, rule => OpensPort(rule, siloPort) && rule["from"].Items().Any(peer => IsFilingPod(peer, filing)));
        Assert.Contains(outOfFiling, rule => OpensPort(rule, siloPort) && rule["to"].Items().Any(peer => IsFilingPod(peer, filing)));

        // Every rule anywhere that names the silo port names Filing pods only, and no rule opens the gateway yet:
        // no process in the cluster is an Orleans client.
        var rulesOnSiloPort = policies
            .SelectMany(p => (p["spec"]?["ingress"].Items() ?? []).Select(r => (Peers: r["from"], Rule: r))
                .Concat((p["spec"]?["egress"].Items() ?? []).Select(r => (Peers: r["to"], Rule: r)))
                .Select(x => (Policy: p, x.Peers, x.Rule)))
            .Where(x => OpensPort(x.Rule, siloPort))
            .ToList();
        Assert.NotEmpty(rulesOnSiloPort);
        Assert.All(rulesOnSiloPort, x =>
        {
            Assert.True(AppliesTo(x.Policy, filing), $"{x.Policy["metadata"]?["name"].Text()} opens the silo port to other pods");
            // A rule without peers admits everyone.
            Assert.NotEmpty(x.Peers.Items());
            Assert.All(x.Peers.Items(), peer => Assert.True(IsFilingPod(peer, filing), $"silo port open to {peer.ToJsonString()}"));
        });
        Assert.DoesNotContain(policies.SelectMany(p => (p["spec"]?["ingress"].Items() ?? []).Concat(p["spec"]?["egress"].Items() ?? [])),
            rule => OpensPort(rule, Setting("Orleans:GatewayPort")));
    }

    [Fact]
    public void Readiness_waits_for_the_silo_to_be_an_active_member()
    {
        var readiness = KubernetesObjects.MainContainer(Production.Get("Deployment", "filing"))["readinessProbe"]?["httpGet"];

        Assert.Equal("/health/ready", readiness?["path"].Text());
        Assert.Contains("AddCheck<SiloJoinedHealthCheck>(SiloJoinedHealthCheck.Name, tags: [\"ready\"])", RepositoryRoot.ReadText(ClusteringFile), StringComparison.Ordinal);
        Assert.Contains("status == SiloStatus.Active", RepositoryRoot.ReadText("services/Filing/Cluster/SiloJoinedHealthCheck.cs"), StringComparison.Ordinal);
        Assert.Contains("check.Tags.Contains(\"ready\")", RepositoryRoot.ReadText("shared/Hosting/PerfWorkflowApp.cs"), StringComparison.Ordinal);
    }

    [Fact]
    public void A_stopping_pod_has_time_to_drain_before_it_is_killed()
    {
        var deployment = Production.Get("Deployment", "filing");
        var grace = int.Parse(KubernetesObjects.PodSpec(deployment)["terminationGracePeriodSeconds"].Text()!, CultureInfo.InvariantCulture);
        var preStop = KubernetesObjects.MainContainer(deployment)["lifecycle"]?["preStop"]?["exec"]?["command"].Items().Select(c => c.Text()).ToList();
        var shutdown = TimeSpan.FromSeconds(int.Parse(Setting("Host:ShutdownTimeoutSeconds"), CultureInfo.InvariantCulture));

        Assert.Equal("sleep", preStop?[0]);
        var sleep = int.Parse(preStop![1]!, CultureInfo.InvariantCulture);
        // The kubelet counts the grace period from the start of preStop; leave room for the process to exit.
        Assert.True(grace >= sleep + shutdown.TotalSeconds + 10, $"grace {grace} s < preStop {sleep} s + shutdown {shutdown.TotalSeconds} s + 10 s");

        var composeGrace = ComposeConfig.Service("filing")["stop_grace_period"].Text();
        Assert.True(TimeSpan.FromSeconds(int.Parse(composeGrace!.TrimEnd('s'), CultureInfo.InvariantCulture)) > shutdown, $"compose stop_grace_period {composeGrace}");
    }

    [Fact]
    public void Compose_runs_two_silos_and_publishes_none_of_their_ports()
    {
        var filing = ComposeConfig.Service("filing");

        Assert.True(int.Parse(filing["deploy"]?["replicas"].Text() ?? "1", CultureInfo.InvariantCulture) >= 2);
        Assert.Null(filing["ports"]);
        Assert.Equal("perfworkflow", ComposeConfig.Environment("filing")["Orleans__ClusterId"]);
    }

    [Fact]
    public void The_dashboard_is_off_and_its_admin_port_reaches_nobody()
    {
        var adminPort = "8081";
        Assert.Contains("Port(section, \"Dashboard:Port\", 8081)", RepositoryRoot.ReadText("services/Filing/Cluster/FilingClusterSettings.cs"), StringComparison.Ordinal);

        Assert.Equal("false", Setting("Orleans:Dashboard:Enabled"));
        Assert.DoesNotContain(Production.OfKind("Service").SelectMany(s => s["spec"]?["ports"].Items() ?? []),
            p => p["port"].Text() == adminPort || p["targetPort"].Text() == adminPort);
        Assert.DoesNotContain(Production.OfKind("NetworkPolicy")
                .SelectMany(p => (p["spec"]?["ingress"].Items() ?? []).Concat(p["spec"]?["egress"].Items() ?? [])),
            rule => OpensPort(rule, adminPort));
        Assert.DoesNotContain(ComposeConfig.Resolved["services"].Entries().SelectMany(s => s.Value?["ports"].Items() ?? []),
            p => (p.Text() ?? p["target"].Text() ?? string.Empty).Contains(adminPort, StringComparison.Ordinal));
    }

    private static string Setting(string key) => DeploymentManifestTests.SettingValue("filing", DeployedServices.Setting("filing", key));

    private static JsonNode Environment(string name) =>
        KubernetesObjects.MainContainer(Production.Get("Deployment", "filing"))["env"].Items().Single(v => v["name"].Text() == name);

    private static IReadOnlyDictionary<string, string> FilingPodLabels() =>
        KubernetesObjects.Labels(Production.Get("Deployment", "filing")["spec"]?["template"]?["metadata"]?["labels"]);

    private static bool AppliesTo(JsonNode policy, IReadOnlyDictionary<string, string> pod)
    {
        var selector = policy["spec"]?["podSelector"];
        if (selector is JsonObject { Count: 0 })
        {
            return true;
        }

        if (selector?["matchLabels"] is not null)
        {
            return KubernetesObjects.Selects(selector["matchLabels"], pod);
        }

        return selector?["matchExpressions"].Items().All(e =>
            e["operator"].Text() == "In" && pod.TryGetValue(e["key"].Text()!, out var value) && e["values"].Items().Any(v => v.Text() == value)) ?? false;
    }

    /// <summary>A peer of this namespace's Filing pods: a pod selector alone (no namespace, no IP block).</summary>
    private static bool IsFilingPod(JsonNode peer, IReadOnlyDictionary<string, string> filing) =>
        peer["namespaceSelector"] is null && peer["ipBlock"] is null && KubernetesObjects.Selects(peer["podSelector"]?["matchLabels"], filing);

    /// <summary>A rule without ports opens every port.</summary>
    private static bool OpensPort(JsonNode rule, string port) =>
        rule["ports"] is null || rule["ports"].Items().Any(p => p["port"].Text() == port);
}
