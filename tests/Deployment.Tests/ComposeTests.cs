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
    [InlineData("PERFWF_DB_PASSWORD")]
    [InlineData("PERFWF_RABBITMQ_PASSWORD")]
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

        Assert.DoesNotContain(portal.Values, v => ComposeConfig.SecretValues.Any(s => v.Contains(s, StringComparison.Ordinal)));
    }

    [Theory]
    [MemberData(nameof(DeployedServices.Names), MemberType = typeof(DeployedServices))]
    public void The_health_check_asks_for_readiness_on_the_listening_port(string service)
    {
        var test = string.Join(' ', ComposeConfig.Service(service)["healthcheck"]?["test"].Items().Select(t => t.Text()) ?? []);
        var port = new Uri(ComposeConfig.Environment(service)["ASPNETCORE_URLS"].Replace("+", "localhost", StringComparison.Ordinal)).Port;

        Assert.Contains($"http://localhost:{port}/health/ready", test, StringComparison.Ordinal);
        var tool = test.Split(' ')[1];
        Assert.Matches($@"apt-get install[^\n]*\b{Regex.Escape(tool)}\b", RepositoryRoot.ReadText(DeployedServices.Named(service).DockerfilePath));
    }

    [Fact]
    public void Every_dependency_waits_for_a_health_check_that_exists()
    {
        var services = ComposeConfig.Resolved["services"].Entries().ToList();
        var dependencies = services.SelectMany(s => s.Value?["depends_on"].Entries().Select(d => (Service: s.Key, On: d.Key, Condition: d.Value?["condition"].Text())) ?? []).ToList();

        Assert.NotEmpty(dependencies);
        Assert.All(dependencies, d =>
        {
            Assert.Equal("service_healthy", d.Condition);
            Assert.NotNull(ComposeConfig.Service(d.On)["healthcheck"]?["test"]);
        });
        foreach (var backend in new[] { "filing", "workflow", "notification" })
        {
            Assert.Contains(dependencies, d => d.Service == backend && d.On == "postgres");
            Assert.Contains(dependencies, d => d.Service == backend && d.On == "rabbitmq");
        }

        // Consumers bind their queues before Filing's first event (ADR 0005, Order of start).
        Assert.Contains(dependencies, d => d.Service == "filing" && d.On == "workflow");
        Assert.Contains(dependencies, d => d.Service == "filing" && d.On == "notification");
    }

    [Fact]
    public void The_backends_are_postgresql_15_and_rabbitmq_3_with_management()
    {
        Assert.Matches(@"^postgres:15(\.\d+)*(-[a-z0-9]+)?$", ComposeConfig.Service("postgres")["image"].Text());
        Assert.Matches(@"^rabbitmq:3(\.\d+)*-management$", ComposeConfig.Service("rabbitmq")["image"].Text());
    }

    [Theory]
    [InlineData("filing", "ConnectionStrings__Default", @"Host=([^;]+)")]
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
