using System.Text.Json.Nodes;
using PerfWorkflow.Deployment.Tests.Infrastructure;

namespace PerfWorkflow.Deployment.Tests;

/// <summary>The objects around each Deployment point at it, and every address a setting names leads somewhere.</summary>
public sealed class ClusterWiringTests
{
    private static readonly KubernetesObjects Production = KubernetesObjects.Production;

    [Theory]
    [MemberData(nameof(DeployedServices.Names), MemberType = typeof(DeployedServices))]
    public void An_autoscaler_scales_the_deployment_and_never_below_two(string service)
    {
        var autoscalers = Production.OfKind("HorizontalPodAutoscaler")
            .Where(h => h["spec"]?["scaleTargetRef"]?["kind"].Text() == "Deployment" && h["spec"]?["scaleTargetRef"]?["name"].Text() == service)
            .ToList();

        var autoscaler = Assert.Single(autoscalers);
        Assert.Equal("autoscaling/v2", autoscaler["apiVersion"].Text());
        Assert.Equal("apps/v1", autoscaler["spec"]?["scaleTargetRef"]?["apiVersion"].Text());
        var min = Number(autoscaler["spec"]?["minReplicas"]);
        Assert.True(min >= 2, $"{service}: minReplicas {min}");
        Assert.True(Number(autoscaler["spec"]?["maxReplicas"]) > min);
        Assert.NotEmpty((autoscaler["spec"]?["metrics"]).Items());
    }

    [Theory]
    [MemberData(nameof(DeployedServices.Names), MemberType = typeof(DeployedServices))]
    public void A_disruption_budget_covers_the_deployments_pods_and_leaves_one_running(string service)
    {
        var podLabels = PodLabels(service);
        var budgets = Production.OfKind("PodDisruptionBudget")
            .Where(b => KubernetesObjects.Selects(b["spec"]?["selector"]?["matchLabels"], podLabels)).ToList();

        var budget = Assert.Single(budgets);
        var replicas = Number(Production.Get("Deployment", service)["spec"]?["replicas"]);
        var allowedDown = budget["spec"]?["maxUnavailable"] is { } max ? Number(max) : replicas - Number(budget["spec"]?["minAvailable"]);
        Assert.InRange(allowedDown, 1, replicas - 1);
    }

    [Theory]
    [MemberData(nameof(DeployedServices.Names), MemberType = typeof(DeployedServices))]
    public void A_service_of_the_same_name_selects_the_pods_on_their_http_port(string service)
    {
        var svc = Production.Get("Service", service);
        var port = svc["spec"]?["ports"].Items().Single();

        Assert.True(KubernetesObjects.Selects(svc["spec"]?["selector"], PodLabels(service)));
        Assert.Equal("http", port?["targetPort"].Text());
        Assert.Equal("8080", port?["port"].Text());
        Assert.True(KubernetesObjects.Selects(Production.Get("Deployment", service)["spec"]?["selector"]?["matchLabels"], PodLabels(service)));
    }

    [Theory]
    [InlineData("filing")]
    [InlineData("workflow")]
    [InlineData("notification")]
    public void The_portal_finds_each_service_at_an_existing_service_and_port(string service)
    {
        var url = new Uri(DeploymentManifestTests.SettingValue("portal", DeployedServices.Setting("portal", $"Portal:Services:{service}")));
        var svc = Production.Get("Service", url.Host);

        Assert.Equal(service, url.Host);
        Assert.Contains(svc["spec"]?["ports"].Items() ?? [], p => p["port"].Text() == url.Port.ToString(System.Globalization.CultureInfo.InvariantCulture));
    }

    [Theory]
    [InlineData("ConnectionStrings:Default", "postgres", 5432)]
    [InlineData("Bus:RabbitMq:Uri", "rabbitmq", 5672)]
    public void Database_and_broker_addresses_lead_to_the_external_services(string key, string host, int port)
    {
        var value = DeploymentManifestTests.SettingValue("filing", DeployedServices.Setting("filing", key));
        var svc = Production.Get("Service", host);

        Assert.Contains(host, value, StringComparison.Ordinal);
        Assert.Equal("ExternalName", svc["spec"]?["type"].Text());
        Assert.False(string.IsNullOrWhiteSpace(svc["spec"]?["externalName"].Text()));
        Assert.Contains(svc["spec"]?["ports"].Items() ?? [], p => Number(p["port"]) == port);
        Assert.Contains(Production.OfKind("NetworkPolicy").SelectMany(p => p["spec"]?["egress"].Items() ?? []),
            rule => rule["to"].Items().Any(t => t["ipBlock"] is not null) && rule["ports"].Items().Any(p => Number(p["port"]) == port));
    }

    [Fact]
    public void The_ingress_publishes_the_portal_and_nothing_else()
    {
        var backends = Production.OfKind("Ingress")
            .SelectMany(i => i["spec"]?["rules"].Items() ?? [])
            .SelectMany(r => r["http"]?["paths"].Items() ?? [])
            .Select(p => p["backend"]?["service"]?["name"].Text())
            .Distinct().ToList();

        Assert.Equal(["portal"], backends);
        Assert.NotEmpty(Production.Get("Ingress", "portal")["spec"]?["tls"].Items() ?? []);
    }

    [Fact]
    public void A_default_policy_denies_all_traffic_in_and_out()
    {
        Assert.Contains(Production.OfKind("NetworkPolicy"), p =>
            p["spec"]?["podSelector"] is JsonObject { Count: 0 }
            && p["spec"]?["ingress"] is null && p["spec"]?["egress"] is null
            && (p["spec"]?["policyTypes"]).Items().Select(t => t.Text()).Order().SequenceEqual(["Egress", "Ingress"]));
    }

    [Theory]
    [InlineData("portal", null, "ingress-nginx")]
    [InlineData("filing", "portal", null)]
    [InlineData("workflow", "portal", null)]
    [InlineData("notification", "portal", null)]
    [InlineData("workflow", "filing", null)]
    [InlineData("notification", "filing", null)]
    public void Each_needed_flow_into_a_service_is_allowed(string to, string? fromPod, string? fromNamespace)
    {
        var target = PodLabels(to);
        var rules = Production.OfKind("NetworkPolicy")
            .Where(p => p["spec"]?["podSelector"] is { } selector && AppliesTo(selector, target))
            .SelectMany(p => p["spec"]?["ingress"].Items() ?? []);

        Assert.Contains(rules, rule => rule["from"].Items().Any(peer =>
            fromPod is not null
                ? peer["namespaceSelector"] is null && KubernetesObjects.Selects(peer["podSelector"]?["matchLabels"], PodLabels(fromPod))
                : peer["namespaceSelector"]?["matchLabels"]?["kubernetes.io/metadata.name"].Text() == fromNamespace));
    }

    [Theory]
    [InlineData("portal", "filing")]
    [InlineData("portal", "workflow")]
    [InlineData("portal", "notification")]
    [InlineData("filing", "workflow")]
    [InlineData("filing", "notification")]
    public void Each_needed_flow_out_of_a_service_is_allowed_despite_the_default_deny(string from, string to)
    {
        var source = PodLabels(from);
        var rules = Production.OfKind("NetworkPolicy")
            .Where(p => p["spec"]?["podSelector"] is { } selector && AppliesTo(selector, source))
            .SelectMany(p => p["spec"]?["egress"].Items() ?? []);

        Assert.Contains(rules, rule =>
            rule["to"].Items().Any(peer => KubernetesObjects.Selects(peer["podSelector"]?["matchLabels"], PodLabels(to)))
            && rule["ports"].Items().Any(p => p["port"].Text() == "8080"));
    }

    private static IReadOnlyDictionary<string, string> PodLabels(string service) =>
        KubernetesObjects.Labels(Production.Get("Deployment", service)["spec"]?["template"]?["metadata"]?["labels"]);

    /// <summary>matchLabels or the `In` expressions the policies use.</summary>
    private static bool AppliesTo(JsonNode selector, IReadOnlyDictionary<string, string> podLabels)
    {
        if (selector["matchLabels"] is not null)
        {
            return KubernetesObjects.Selects(selector["matchLabels"], podLabels);
        }

        var expressions = selector["matchExpressions"].Items().ToList();
        return expressions.Count > 0 && expressions.All(e =>
            e["operator"].Text() == "In"
            && podLabels.TryGetValue(e["key"].Text()!, out var value)
            && e["values"].Items().Any(v => v.Text() == value));
    }

    private static int Number(JsonNode? node) =>
        int.Parse(node.Text() ?? throw new InvalidOperationException("A number is missing."), System.Globalization.CultureInfo.InvariantCulture);
}
