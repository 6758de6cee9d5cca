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
    public void Leaves_the_replica_count_to_its_autoscaler_and_runs_as_a_non_root_user_on_a_read_only_root(string service)
    {
        var deployment = Production.Get("Deployment", service);
        var pod = KubernetesObjects.PodSpec(deployment);

        Assert.True(deployment["spec"]?["replicas"] is null, $"{service}: an autoscaler owns the replica count; a re-apply of `replicas` would reset it");
        Assert.Equal("true", pod["securityContext"]?["runAsNonRoot"].Text());
        Assert.NotEqual("0", pod["securityContext"]?["runAsUser"].Text());
        Assert.All(KubernetesObjects.AllContainers(deployment), c =>
        {
            Assert.Equal("true", c["securityContext"]?["readOnlyRootFilesystem"].Text());
            Assert.Equal("false", c["securityContext"]?["allowPrivilegeEscalation"].Text());
        });
    }

    [Theory]
    [MemberData(nameof(DeployedServices.Names), MemberType = typeof(DeployedServices))]
    public void The_grace_period_covers_the_pre_stop_pause_and_the_hosts_shutdown_timeout(string service)
    {
        var deployment = Production.Get("Deployment", service);
        var container = KubernetesObjects.MainContainer(deployment);
        var grace = int.Parse(KubernetesObjects.PodSpec(deployment)["terminationGracePeriodSeconds"].Text() ?? "30", System.Globalization.CultureInfo.InvariantCulture);
        var preStop = container["lifecycle"]?["preStop"]?["exec"]?["command"].Items().Select(c => c.Text()).ToList() ?? [];
        var shutdown = int.Parse(SettingValue(service, DeployedServices.Setting(service, "Host:ShutdownTimeoutSeconds")), System.Globalization.CultureInfo.InvariantCulture);

        Assert.Equal("sleep", preStop.FirstOrDefault());
        var pause = int.Parse(preStop[1]!, System.Globalization.CultureInfo.InvariantCulture);
        Assert.InRange(pause, 1, 15);
        Assert.True(grace >= pause + shutdown + 5,
            $"{service}: grace {grace} s must cover preStop {pause} s + shutdown timeout {shutdown} s + a margin, or in-flight work is killed");
    }

    [Theory]
    [MemberData(nameof(DeployedServices.Names), MemberType = typeof(DeployedServices))]
    public void No_pod_waits_for_another_service_and_no_serving_pod_migrates(string service)
    {
        var deployment = Production.Get("Deployment", service);

        Assert.Empty(KubernetesObjects.PodSpec(deployment)["initContainers"].Items());
        if (DeployedServices.Named(service).Settings.Any(s => s.Key == "Persistence:MigrateOnStart"))
        {
            Assert.Equal("false", SettingValue(service, DeployedServices.Setting(service, "Persistence:MigrateOnStart")));
        }
    }

    [Theory]
    [MemberData(nameof(DeployedServices.NamesWithDatabase), MemberType = typeof(DeployedServices))]
    public void Each_service_connects_with_its_own_role_and_verifies_the_database_certificate(string service)
    {
        var connection = Parts(SettingValue(service, DeployedServices.Setting(service, DeployedServices.ConnectionKey(service))));
        var container = KubernetesObjects.MainContainer(Production.Get("Deployment", service));

        Assert.Equal(DeployedServices.RuntimeRole(service), connection["Username"]);
        Assert.Equal("VerifyFull", connection["SSL Mode"]);
        Assert.True(IsMountedFromCaSecret(Production.Get("Deployment", service), container, connection["Root Certificate"]),
            $"{service}: Root Certificate {connection["Root Certificate"]} is not a file of the mounted CA secret");
        Assert.Null(KubernetesObjects.Variable(container, "ConnectionStrings__Default"));
        Assert.DoesNotContain(container["env"].Items(), v => v["valueFrom"]?["secretKeyRef"]?["key"].Text() == DeployedServices.MigratorConnectionKey);
    }

    [Theory]
    [MemberData(nameof(DeployedServices.NamesWithBroker), MemberType = typeof(DeployedServices))]
    public void Each_service_speaks_tls_to_the_broker_and_verifies_it_against_the_mounted_ca(string service)
    {
        var uri = new Uri(SettingValue(service, DeployedServices.Setting(service, "Bus:RabbitMq:Uri")));
        var caPath = SettingValue(service, DeployedServices.Setting(service, "Bus:RabbitMq:CaCertificatePath"));
        var deployment = Production.Get("Deployment", service);

        Assert.Equal("amqps", uri.Scheme);
        Assert.Equal(5671, uri.Port);
        Assert.True(IsMountedFromCaSecret(deployment, KubernetesObjects.MainContainer(deployment), caPath), $"{service}: {caPath} is not a file of the mounted CA secret");
    }

    [Fact]
    public void The_schema_migration_job_migrates_every_service_with_the_migrator_role_and_grants_each_its_own()
    {
        var job = Production.Get("Job", "schema-migration");
        var containers = KubernetesObjects.PodSpec(job)["initContainers"].Items().Concat(KubernetesObjects.PodSpec(job)["containers"].Items()).ToList();

        Assert.Equal("Never", KubernetesObjects.PodSpec(job)["restartPolicy"].Text());
        foreach (var service in DeployedServices.WithDatabase)
        {
            var container = Assert.Single(containers, c => ImageReference.Parse(c["image"].Text()!).Repository == service.ImageRepository);
            Assert.Equal(["migrate"], container["args"].Items().Select(a => a.Text()));
            var connection = KubernetesObjects.Variable(container, DeployedServices.ConnectionKey(service.Name).Replace(":", "__", StringComparison.Ordinal));
            Assert.Equal(DeployedServices.MigratorConnectionKey, connection?["valueFrom"]?["secretKeyRef"]?["key"].Text());
            Assert.Equal(DeployedServices.RuntimeRole(service.Name), KubernetesObjects.Variable(container, DeployedServices.RuntimeRoleKey.Replace(":", "__", StringComparison.Ordinal))?["value"].Text());
            Assert.Null(KubernetesObjects.Variable(container, "Auth__SigningKey"));
            Assert.True(IsMountedFromCaSecret(job, container, "/etc/perfworkflow/ca/database-ca.crt"));
            foreach (var bound in new[] { "requests", "limits" })
            {
                Assert.False(string.IsNullOrWhiteSpace(container["resources"]?[bound]?["memory"].Text()), $"{container["name"].Text()} has no {bound}.memory");
            }
        }

        var migrator = Parts(SecretValue(DeployedServices.MigratorConnectionKey));
        Assert.Equal("perfwf_migrator", migrator["Username"]);
        Assert.Equal("VerifyFull", migrator["SSL Mode"]);
    }

    [Fact]
    public void No_probe_would_kill_a_slow_start_and_readiness_never_asks_for_the_broker()
    {
        foreach (var deployment in Production.OfKind("Deployment"))
        {
            var container = KubernetesObjects.MainContainer(deployment);
            Assert.DoesNotContain(new[] { "startupProbe", "readinessProbe", "livenessProbe" }, p => container[p]?["httpGet"]?["path"].Text() == "/health/bus");
            var startup = container["startupProbe"];
            var budget = int.Parse(startup?["periodSeconds"].Text() ?? "10", System.Globalization.CultureInfo.InvariantCulture)
                * int.Parse(startup?["failureThreshold"].Text() ?? "3", System.Globalization.CultureInfo.InvariantCulture);
            Assert.True(budget >= 60, $"{deployment["metadata"]?["name"].Text()}: a start-up budget of {budget} s");
        }
    }

    [Fact]
    public void The_portal_receives_no_secret_but_its_own_database_connection()
    {
        var portal = KubernetesObjects.AllContainers(Production.Get("Deployment", "portal"));
        var secrets = portal.SelectMany(c => c["env"].Items()).Select(v => v["valueFrom"]?["secretKeyRef"]?["key"].Text()).OfType<string>();

        Assert.Equal(["ConnectionStrings__Portal"], secrets);
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

    internal static string SecretValue(string key)
    {
        var secret = Production.GetGenerated("Secret", "perfworkflow-secrets");
        return System.Text.Encoding.UTF8.GetString(Convert.FromBase64String(secret["data"]?[key].Text()
            ?? throw new InvalidOperationException($"The Secret has no key {key}.")));
    }

    /// <summary>An Npgsql connection string's parts by key.</summary>
    internal static Dictionary<string, string> Parts(string connectionString) =>
        connectionString.Split(';', StringSplitOptions.RemoveEmptyEntries).Select(p => p.Split('=', 2))
            .ToDictionary(p => p[0].Trim(), p => p.Length > 1 ? p[1].Trim() : string.Empty, StringComparer.OrdinalIgnoreCase);

    /// <summary>True when <paramref name="path"/> is a key of the CA Secret, mounted read-only into the container.</summary>
    private static bool IsMountedFromCaSecret(JsonNode workload, JsonNode container, string path)
    {
        var ca = Production.GetGenerated("Secret", "perfworkflow-ca");
        var volume = KubernetesObjects.PodSpec(workload)["volumes"].Items()
            .SingleOrDefault(v => v["secret"]?["secretName"].Text() == ca["metadata"]?["name"].Text());
        var mount = container["volumeMounts"].Items().SingleOrDefault(m => m["name"].Text() == volume?["name"].Text());
        var folder = mount?["mountPath"].Text()?.TrimEnd('/');
        return folder is not null && mount?["readOnly"].Text() == "true"
            && path.StartsWith(folder + "/", StringComparison.Ordinal)
            && ca["data"]?[path[(folder.Length + 1)..]] is not null;
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
