using System.Text.Json.Nodes;
using System.Text.RegularExpressions;
using PerfWorkflow.Deployment.Tests.Infrastructure;

namespace PerfWorkflow.Deployment.Tests;

/// <summary>The objects around each Deployment point at it, and every address a setting names leads somewhere.</summary>
public sealed class ClusterWiringTests
{
    private static readonly KubernetesObjects Production = KubernetesObjects.Production;

    [Theory]
    [InlineData("filing")]
    [InlineData("workflow")]
    [InlineData("portal")]
    public void A_cpu_autoscaler_scales_the_deployment_and_never_below_two(string service)
    {
        var autoscaler = Assert.Single(AutoscalersOf(service));

        Assert.Equal("autoscaling/v2", autoscaler["apiVersion"].Text());
        Assert.Equal("apps/v1", autoscaler["spec"]?["scaleTargetRef"]?["apiVersion"].Text());
        var min = Number(autoscaler["spec"]?["minReplicas"]);
        Assert.True(min >= 2, $"{service}: minReplicas {min}");
        Assert.True(Number(autoscaler["spec"]?["maxReplicas"]) > min);
        Assert.NotEmpty((autoscaler["spec"]?["metrics"]).Items());
        Assert.Empty(ScaledObjectsOf(service));
    }

    [Fact]
    public void Notification_is_scaled_by_keda_on_the_depth_of_its_consumers_queues_with_the_broker_ca()
    {
        var scaled = Assert.Single(ScaledObjectsOf("notification"));
        var triggers = scaled["spec"]?["triggers"].Items().ToList() ?? [];
        var queues = triggers.Where(t => t["type"].Text() == "rabbitmq").ToList();
        var consumers = Regex.Matches(RepositoryRoot.ReadText("services/Notification/NotificationModule.cs"), @"AddConsumer<(\w+)>")
            .Select(m => KebabCase(m.Groups[1].Value)).ToHashSet(StringComparer.Ordinal);

        Assert.Empty(AutoscalersOf("notification"));
        Assert.True(Number(scaled["spec"]?["minReplicaCount"]) >= 2);
        Assert.True(Number(scaled["spec"]?["maxReplicaCount"]) > Number(scaled["spec"]?["minReplicaCount"]));
        Assert.NotEmpty(queues);
        Assert.All(queues, q =>
        {
            Assert.Contains(q["metadata"]?["queueName"].Text() ?? string.Empty, consumers);
            Assert.Equal("QueueLength", q["metadata"]?["mode"].Text());
            Assert.Equal("Bus__RabbitMq__Uri", q["metadata"]?["hostFromEnv"].Text());
            var auth = Production.Get("TriggerAuthentication", q["authenticationRef"]?["name"].Text()!);
            var ca = Production.GetGenerated("Secret", "perfworkflow-ca");
            Assert.All(auth["spec"]?["secretTargetRef"].Items() ?? [], r =>
            {
                Assert.Equal(ca["metadata"]?["name"].Text(), r["name"].Text());
                Assert.NotNull(ca["data"]?[r["key"].Text()!]);
            });
        });
    }

    [Theory]
    [MemberData(nameof(DeployedServices.Names), MemberType = typeof(DeployedServices))]
    public void A_disruption_budget_covers_the_deployments_pods_and_leaves_one_running(string service)
    {
        var podLabels = PodLabels(service);
        var budgets = Production.OfKind("PodDisruptionBudget")
            .Where(b => KubernetesObjects.Selects(b["spec"]?["selector"]?["matchLabels"], podLabels)).ToList();

        var budget = Assert.Single(budgets);
        var replicas = MinimumReplicas(service);
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
    [InlineData("ConnectionStrings:Filing", "postgres", 5432)]
    [InlineData("Bus:RabbitMq:Uri", "rabbitmq", 5671)]
    public void Database_and_broker_addresses_lead_to_the_external_services(string key, string service, int port)
    {
        var value = DeploymentManifestTests.SettingValue("filing", DeployedServices.Setting("filing", key));
        var svc = Production.Get("Service", service);
        var externalName = svc["spec"]?["externalName"].Text();
        var host = key.StartsWith("ConnectionStrings:", StringComparison.Ordinal) ? DeploymentManifestTests.Parts(value)["Host"] : new Uri(value).Host;

        // With certificate verification the connection names the server's real name, the one its certificate carries.
        Assert.True(host == service || host == externalName, $"{key} names {host}, neither the Service {service} nor its externalName {externalName}");
        Assert.Equal("ExternalName", svc["spec"]?["type"].Text());
        Assert.False(string.IsNullOrWhiteSpace(externalName));
        Assert.Contains(svc["spec"]?["ports"].Items() ?? [], p => Number(p["port"]) == port);
        Assert.Contains(EgressRules("filing"), rule => rule["to"].Items().Any(t => t["ipBlock"] is not null) && rule["ports"].Items().Any(p => Number(p["port"]) == port));
        Assert.Contains(EgressRules("schema-migration", "Job"), rule => rule["to"].Items().Any(t => t["ipBlock"] is not null) && rule["ports"].Items().Any(p => Number(p["port"]) == port));
    }

    [Fact]
    public void The_portal_reaches_its_database_in_the_data_subnet_and_not_the_broker()
    {
        var connection = DeploymentManifestTests.Parts(DeploymentManifestTests.SettingValue("portal", DeployedServices.Setting("portal", "ConnectionStrings:Portal")));
        var postgres = Production.Get("Service", "postgres");
        var toSubnets = EgressRules("portal").Where(rule => rule["to"].Items().Any(t => t["ipBlock"] is not null)).ToList();
        var dataSubnets = EgressRules("filing").Where(rule => rule["ports"].Items().Any(p => Number(p["port"]) == 5432))
            .SelectMany(rule => rule["to"].Items()).Select(t => t["ipBlock"]?["cidr"].Text()).OfType<string>().ToHashSet(StringComparer.Ordinal);

        Assert.True(connection["Host"] == "postgres" || connection["Host"] == postgres["spec"]?["externalName"].Text(), $"the Portal's database is at {connection["Host"]}");
        var database = Assert.Single(toSubnets, rule => rule["ports"].Items().Any(p => Number(p["port"]) == 5432));
        Assert.Subset(dataSubnets, database["to"].Items().Select(t => t["ipBlock"]?["cidr"].Text()).OfType<string>().ToHashSet(StringComparer.Ordinal));
        Assert.DoesNotContain(toSubnets, rule => rule["ports"].Items().Any(p => Number(p["port"]) == 5671));
    }

    [Fact]
    public void The_ingress_needs_no_affinity_and_accepts_the_largest_upload()
    {
        var annotations = Production.Get("Ingress", "portal")["metadata"]?["annotations"].Entries().ToDictionary(p => p.Key, p => p.Value.Text(), StringComparer.Ordinal) ?? [];
        var portalLimit = UploadLimit("services/Portal/Pages/Filings/Form.cshtml.cs");
        var filingLimit = UploadLimit("services/Filing/Api/FormEndpoints.cs");
        var bodySize = Regex.Match(annotations.GetValueOrDefault("nginx.ingress.kubernetes.io/proxy-body-size") ?? string.Empty, @"^(\d+)m$");

        Assert.DoesNotContain(annotations.Keys, k => k.Contains("affinity", StringComparison.Ordinal) || k.Contains("session-cookie", StringComparison.Ordinal));
        Assert.Equal(portalLimit, filingLimit);
        Assert.True(bodySize.Success, "the ingress sets proxy-body-size in megabytes");
        var bytes = long.Parse(bodySize.Groups[1].Value, System.Globalization.CultureInfo.InvariantCulture) * 1024 * 1024;
        Assert.InRange(bytes, portalLimit + (512 * 1024), portalLimit * 2);
    }

    [Fact]
    public void Only_notification_delivers_outside_and_only_to_https_and_the_mail_relay()
    {
        var notification = EgressRules("notification").ToList();
        var outside = notification.Where(r => r["to"].Items().Any(t => t["ipBlock"]?["cidr"].Text() == "0.0.0.0/0")).ToList();

        var webhooks = Assert.Single(outside);
        Assert.Equal(["443"], webhooks["ports"].Items().Select(p => p["port"].Text()));
        Assert.Contains("169.254.0.0/16", webhooks["to"].Items().SelectMany(t => t["ipBlock"]?["except"].Items() ?? []).Select(e => e.Text()));
        Assert.Contains(notification, r => r["ports"].Items().Any(p => p["port"].Text() == "587") && r["to"].Items().All(t => t["ipBlock"]?["cidr"].Text() != "0.0.0.0/0"));
        foreach (var other in new[] { "filing", "workflow", "portal" })
        {
            Assert.DoesNotContain(EgressRules(other), r => r["ports"].Items().Any(p => p["port"].Text() is "443" or "587" or "25"));
        }
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

    [Theory]
    [InlineData("filing", "workflow")]
    [InlineData("filing", "notification")]
    [InlineData("workflow", "notification")]
    [InlineData("notification", "filing")]
    public void No_service_calls_another_so_none_waits_for_another_to_start(string from, string to)
    {
        Assert.DoesNotContain(EgressRules(from), rule =>
            rule["to"].Items().Any(peer => KubernetesObjects.Selects(peer["podSelector"]?["matchLabels"], PodLabels(to))));
    }

    private static IEnumerable<JsonNode> AutoscalersOf(string service) =>
        Production.OfKind("HorizontalPodAutoscaler").Where(h => TargetsDeployment(h, service));

    private static IEnumerable<JsonNode> ScaledObjectsOf(string service) =>
        Production.OfKind("ScaledObject").Where(h => TargetsDeployment(h, service));

    private static bool TargetsDeployment(JsonNode scaler, string service) =>
        (scaler["spec"]?["scaleTargetRef"]?["kind"].Text() ?? "Deployment") == "Deployment" && scaler["spec"]?["scaleTargetRef"]?["name"].Text() == service;

    private static int MinimumReplicas(string service) =>
        AutoscalersOf(service).Select(h => Number(h["spec"]?["minReplicas"]))
            .Concat(ScaledObjectsOf(service).Select(s => Number(s["spec"]?["minReplicaCount"])))
            .Single();

    /// <summary>Every egress rule of every policy that applies to the workload's pods.</summary>
    private static IEnumerable<JsonNode> EgressRules(string workload, string kind = "Deployment")
    {
        var labels = KubernetesObjects.Labels(Production.Get(kind, workload)["spec"]?["template"]?["metadata"]?["labels"]);
        return Production.OfKind("NetworkPolicy")
            .Where(p => p["spec"]?["podSelector"] is { } selector && AppliesTo(selector, labels))
            .SelectMany(p => p["spec"]?["egress"].Items() ?? []);
    }

    private static long UploadLimit(string file) =>
        Regex.Match(RepositoryRoot.ReadText(file), @"MaxUploadBytes = (\d+) \* 1024 \* 1024") is { Success: true } m
            ? long.Parse(m.Groups[1].Value, System.Globalization.CultureInfo.InvariantCulture) * 1024 * 1024
            : throw new InvalidOperationException($"{file} no longer says MaxUploadBytes = N * 1024 * 1024.");

    private static string KebabCase(string name) =>
        string.Concat(name.Select((c, i) => char.IsUpper(c) && i > 0 ? "-" + char.ToLowerInvariant(c) : char.ToLowerInvariant(c).ToString()));

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
