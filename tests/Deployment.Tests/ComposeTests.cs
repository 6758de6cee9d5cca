using System.Text.RegularExpressions;
using PerfWorkflow.Deployment.Tests.Infrastructure;

namespace PerfWorkflow.Deployment.Tests;

/// <summary>docker-compose.yml is valid for Debian's docker-compose and wires every service as the code expects.</summary>
public sealed class ComposeTests
{
    [Fact]
    public void Docker_compose_accepts_the_file()
    {
        var run = ComposeConfig.Run(ComposeConfig.Variables(), "config", "-q");

        Assert.True(run.ExitCode == 0, run.Describe());
    }

    [Theory]
    [InlineData("PERFWF_SIGNING_KEY")]
    [InlineData("PERFWF_AUDIT_KEY")]
    [InlineData("PERFWF_DB_PASSWORD")]
    [InlineData("PERFWF_DB_MIGRATOR_PASSWORD")]
    [InlineData("PERFWF_DB_FILING_PASSWORD")]
    [InlineData("PERFWF_DB_WORKFLOW_PASSWORD")]
    [InlineData("PERFWF_DB_NOTIFICATION_PASSWORD")]
    [InlineData("PERFWF_DB_PORTAL_PASSWORD")]
    [InlineData("PERFWF_RABBITMQ_PASSWORD")]
    [InlineData("PERFWF_TAG")]
    [InlineData("PERFWF_DOTNET_SDK_DIGEST")]
    [InlineData("PERFWF_DOTNET_ASPNET_DIGEST")]
    public void Compose_refuses_to_start_without_each_secret_and_says_which(string variable)
    {
        var variables = ComposeConfig.Variables();
        variables[variable] = null;

        var run = ComposeConfig.Run(variables, "config", "-q");

        Assert.NotEqual(0, run.ExitCode);
        Assert.Contains(variable, run.StandardError, StringComparison.Ordinal);
    }

    [Theory]
    [MemberData(nameof(DeployedServices.SettingsOfEveryService), MemberType = typeof(DeployedServices))]
    public void Every_required_setting_is_in_the_services_environment(string service, string key)
    {
        var setting = DeployedServices.Setting(service, key);
        var environment = ComposeConfig.Environment(service);
        if (setting.ClusterOnly)
        {
            Assert.False(environment.ContainsKey(setting.EnvironmentName), $"{service}: {setting.EnvironmentName} is for the cluster only");
            return;
        }

        Assert.True(environment.TryGetValue(setting.EnvironmentName, out var value), $"{service} has no {setting.EnvironmentName}");
        if (setting.ExpectedValue is not null)
        {
            Assert.Equal(setting.ExpectedValue, value);
        }

        if (setting.IsSecret)
        {
            Assert.Contains(ComposeConfig.SecretValues, secret => value!.Contains(secret, StringComparison.Ordinal));
        }
    }

    [Fact]
    public void No_secret_lands_in_a_service_that_does_not_need_it()
    {
        var portal = ComposeConfig.Environment("portal");
        var own = ComposeConfig.ServicePasswords["PORTAL"];

        Assert.Contains(own, portal[DeployedServices.ConnectionKey("portal").Replace(":", "__", StringComparison.Ordinal)], StringComparison.Ordinal);
        Assert.DoesNotContain(portal.Values, v => ComposeConfig.SecretValues.Where(s => s != own).Any(s => v.Contains(s, StringComparison.Ordinal)));
    }

    [Theory]
    [MemberData(nameof(DeployedServices.Names), MemberType = typeof(DeployedServices))]
    public void The_health_check_runs_the_services_own_binary_against_its_readiness(string service)
    {
        var test = ComposeConfig.Service(service)["healthcheck"]?["test"].Items().Select(t => t.Text()).ToList() ?? [];
        var port = new Uri(ComposeConfig.Environment(service)["ASPNETCORE_URLS"].Replace("+", "localhost", StringComparison.Ordinal)).Port;
        var entrypoint = Dockerfile.Read(DeployedServices.Named(service).DockerfilePath).All("ENTRYPOINT").Last().Arguments;

        Assert.Equal(["CMD", "dotnet", $"PerfWorkflow.{DeployedServices.Named(service).ProjectFolder}.dll", "health-check", $"http://localhost:{port}/health/ready"], test);
        Assert.Contains(test[2]!, entrypoint, StringComparison.Ordinal);
        Assert.Contains("HealthProbe.CommandName", RepositoryRoot.ReadText("shared/Hosting/PerfWorkflowApp.cs"), StringComparison.Ordinal);
    }

    [Fact]
    public void Services_wait_only_for_the_backends_and_the_one_shot_migrations_never_for_each_other()
    {
        var services = ComposeConfig.Resolved["services"].Entries().ToList();
        var dependencies = services.SelectMany(s => s.Value?["depends_on"].Entries().Select(d => (Service: s.Key, On: d.Key, Condition: d.Value?["condition"].Text())) ?? []).ToList();
        var ours = DeployedServices.All.Select(s => s.Name).ToHashSet(StringComparer.Ordinal);

        Assert.NotEmpty(dependencies);
        Assert.All(dependencies, d =>
        {
            Assert.DoesNotContain(d.On, ours);
            if (d.On.StartsWith("migrate-", StringComparison.Ordinal))
            {
                Assert.Equal("service_completed_successfully", d.Condition);
            }
            else
            {
                Assert.Equal("service_healthy", d.Condition);
                Assert.NotNull(ComposeConfig.Service(d.On)["healthcheck"]?["test"]);
            }
        });
        foreach (var backend in DeployedServices.WithDatabase)
        {
            var migrate = ComposeConfig.Service($"migrate-{backend.Name}");
            Assert.Equal(["migrate"], migrate["command"].Items().Select(c => c.Text()));
            Assert.Equal(backend.ImageRepository, ImageReference.Parse(migrate["image"].Text()!).Repository);
            Assert.Equal("no", migrate["restart"].Text());
            Assert.Equal(DeployedServices.RuntimeRole(backend.Name), ComposeConfig.Environment($"migrate-{backend.Name}")[DeployedServices.RuntimeRoleKey.Replace(":", "__", StringComparison.Ordinal)]);
            Assert.Contains("Username=perfwf_migrator", ComposeConfig.Environment($"migrate-{backend.Name}")[DeployedServices.ConnectionKey(backend.Name).Replace(":", "__", StringComparison.Ordinal)], StringComparison.Ordinal);
            Assert.Contains($"Username={DeployedServices.RuntimeRole(backend.Name)};", ComposeConfig.Environment(backend.Name)[DeployedServices.ConnectionKey(backend.Name).Replace(":", "__", StringComparison.Ordinal)], StringComparison.Ordinal);
            Assert.All(DeployedServices.WithDatabase, other => Assert.Contains(dependencies, d => d.Service == backend.Name && d.On == $"migrate-{other.Name}"));
        }
    }

    [Fact]
    public void The_backends_are_pinned_postgresql_15_and_rabbitmq_3_with_management_under_a_fixed_host_name()
    {
        Assert.Matches(@"^postgres:15\.\d+(-[a-z0-9]+)?$", ComposeConfig.Service("postgres")["image"].Text());
        Assert.Matches(@"^rabbitmq:3\.\d+\.\d+-management$", ComposeConfig.Service("rabbitmq")["image"].Text());
        Assert.Equal("rabbitmq", ComposeConfig.Service("rabbitmq")["hostname"].Text());
    }

    [Fact]
    public void Every_image_compose_runs_has_a_pinned_tag()
    {
        var images = ComposeConfig.Resolved["services"].Entries().Select(s => s.Value?["image"].Text()).OfType<string>().ToList();

        Assert.NotEmpty(images);
        Assert.All(images, i => Assert.False(ImageReference.Parse(i).Tag is null or "latest", $"{i} floats"));
    }

    [Theory]
    [InlineData("filing", "ConnectionStrings__Filing", @"Host=([^;]+)")]
    [InlineData("migrate-filing", "ConnectionStrings__Filing", @"Host=([^;]+)")]
    [InlineData("filing", "Bus__RabbitMq__Uri", @"@([^:/]+)")]
    [InlineData("portal", "Portal__Services__filing", @"//([^:/]+)")]
    [InlineData("portal", "Portal__Services__workflow", @"//([^:/]+)")]
    [InlineData("portal", "Portal__Services__notification", @"//([^:/]+)")]
    public void Every_address_names_a_service_of_the_compose_file(string service, string variable, string hostPattern)
    {
        var host = Regex.Match(ComposeConfig.Environment(service)[variable], hostPattern).Groups[1].Value;

        Assert.NotNull(ComposeConfig.Resolved["services"]?[host]);
    }

    [Fact]
    public void Only_the_portal_is_published_on_host_port_8080()
    {
        var published = ComposeConfig.Resolved["services"].Entries()
            .SelectMany(s => s.Value?["ports"].Items().Select(p => (Service: s.Key, Port: p)) ?? [])
            .ToList();

        var only = Assert.Single(published);
        Assert.Equal("portal", only.Service);
        var text = only.Port.Text();
        Assert.Equal("8080", text is null ? only.Port["published"].Text() : text.Split(':')[0]);
    }
}
