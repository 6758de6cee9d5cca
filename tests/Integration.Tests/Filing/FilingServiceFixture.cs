using System.Text.Json;
using PerfWorkflow.Integration.Tests.Infrastructure;

namespace PerfWorkflow.Integration.Tests.Filing;

/// <summary>
/// The Filing service alone, as its own process on a fresh PostgreSQL database and RabbitMQ virtual host, with the
/// demo organisation; tests open filings of their own years beside the demo year's.
/// </summary>
public sealed class FilingServiceFixture : IAsyncLifetime
{
    private IsolatedBackends? _backends;
    private ServiceProcess? _filing;
    private FilingCalls? _calls;

    public FilingCalls Calls => _calls ?? throw new InvalidOperationException("The Filing service has not started.");

    public ServiceProcess Service => _filing ?? throw new InvalidOperationException("The Filing service has not started.");

    /// <summary>Filing's database, for tests that play someone with write access to it.</summary>
    public string ConnectionString => _backends?.ConnectionString ?? throw new InvalidOperationException("The Filing service has not started.");

    public async Task InitializeAsync()
    {
        _backends = await IsolatedBackends.CreateAsync();
        _filing = await ServiceProcess.StartAsync("Filing", new Dictionary<string, string>
        {
            ["Persistence:Provider"] = "PostgreSql",
            ["ConnectionStrings:Default"] = _backends.ConnectionString,
            ["Bus:Transport"] = "RabbitMq",
            ["Bus:RabbitMq:Uri"] = _backends.RabbitMqUri.ToString(),
            ["Auth:SigningKey"] = "integration-tests-signing-key-" + Guid.NewGuid().ToString("N"),
            ["Demo:SeedDirectory"] = RepositoryPaths.Seeds,
            ["Demo:FiscalYear"] = "2027",
        });
        _calls = new FilingCalls(_filing);
    }

    /// <summary>A new declaration of the department for <paramref name="fiscalYear"/>, seed 000 filed and submitted.</summary>
    public async Task<Guid> SubmittedDeclarationAsync(string departmentId, int fiscalYear)
    {
        var (status, opened) = await Calls.SendAsync("perf-office", HttpMethod.Post, "api/filings", new { departmentId, fiscalYear });
        Assert.True(status == 201, $"open answered {status}: {opened}");
        var id = opened.GetProperty("id").GetGuid();
        var name = (await Calls.GetAsync("perf-office", "api/departments")).EnumerateArray()
            .Single(d => d.GetProperty("id").GetString() == departmentId).GetProperty("name").GetString()!;
        await Calls.ImportAsync($"{departmentId}-filer", id, SeedFile.As(SeedFile.Declaration000, name, fiscalYear), "申报表.txt");
        await Calls.MustAsync($"{departmentId}-filer", id, "submit");
        return id;
    }

    public async Task<string> FirstDepartmentAsync()
    {
        var departments = await Calls.GetAsync("perf-office", "api/departments");
        return departments.EnumerateArray().Select(d => d.GetProperty("id").GetString()!).Order(StringComparer.Ordinal).First();
    }

    public async Task<(JsonElement View, List<JsonElement> Audit)> StateAsync(Guid filingId) =>
        (await Calls.GetAsync("perf-office", $"api/filings/{filingId}"),
         (await Calls.GetAsync("perf-office", $"api/filings/{filingId}/audit")).EnumerateArray().ToList());

    public async Task DisposeAsync()
    {
        _calls?.Dispose();
        if (_filing is not null)
        {
            await _filing.DisposeAsync();
        }

        if (_backends is not null)
        {
            await _backends.DisposeAsync();
        }
    }
}
