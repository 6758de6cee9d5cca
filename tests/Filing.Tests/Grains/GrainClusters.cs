using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;
using Orleans.TestingHost;
using PerfWorkflow.Documents;
using PerfWorkflow.Filing.Application;
using PerfWorkflow.Domain.Organisation;
using PerfWorkflow.Filing.Grains;
using PerfWorkflow.Filing.Persistence;
using PerfWorkflow.Filing.Tests.Infrastructure;

namespace PerfWorkflow.Filing.Tests.Grains;

/// <summary>
/// Two Orleans test clusters on one SQLite database, as two Filing processes with localhost clustering share one
/// database: each activates a filing of its own, so <see cref="Second"/> plays the other writer (or the fresh
/// activation that reloads what the first committed). A department with its filer, head and reviewers is in place.
/// </summary>
public sealed class GrainClusters : IAsyncLifetime
{
    public const string Department = "d-grain";
    public const string Filer = "d-grain-filer";
    public const string Head = "d-grain-head";

    private readonly string _directory = Path.Combine(Path.GetTempPath(), "perfwf-grain-tests-" + Guid.NewGuid().ToString("N"));
    private int _nextYear = 2000;

    private TestCluster? _first;
    private TestCluster? _second;

    public TestCluster First => _first ?? throw new InvalidOperationException("The clusters have not started.");

    public TestCluster Second => _second ?? throw new InvalidOperationException("The clusters have not started.");

    public string DatabaseFile => Path.Combine(_directory, "filing.db");

    public async Task InitializeAsync()
    {
        Directory.CreateDirectory(_directory);
        _first = await StartAsync();
        _second = await StartAsync();
        await using var db = OpenDatabase();
        db.Departments.Add(new DepartmentRecord { Id = Department, Name = "测试部门", Region = "测试区" });
        db.Users.AddRange(
            new UserRecord { Id = Filer, DisplayName = "填报人", Role = Roles.Filer, DepartmentId = Department, Region = "测试区" },
            new UserRecord { Id = Head, DisplayName = "负责人", Role = Roles.DepartmentHead, DepartmentId = Department, Region = "测试区" },
            new UserRecord { Id = "g-finance", DisplayName = "财政", Role = Roles.FinanceDivision, Region = "测试区" },
            new UserRecord { Id = "g-perf", DisplayName = "绩效科", Role = Roles.PerformanceOffice, Region = "测试区" });
        await db.SaveChangesAsync();
    }

    /// <summary>A newly opened filing's grain on <see cref="First"/>.</summary>
    public async Task<(Guid Id, IFilingGrain Grain)> OpenAsync()
    {
        var id = Guid.CreateVersion7();
        var grain = First.GrainFactory.GetGrain<IFilingGrain>(id);
        var reply = await grain.Open(Department, Interlocked.Increment(ref _nextYear), Filer);
        Assert.Null(reply.Refusal);
        return (id, grain);
    }

    /// <summary>Saves the real declaration seed 000 (no errors), so the filing can be submitted.</summary>
    public static async Task SaveDeclarationAsync(IFilingGrain grain)
    {
        var outcome = FormDocumentImporter.Import(RepositoryPaths.Seed(Seeds.Declaration000));
        var reply = await grain.SaveForm(new FormSave(outcome.Kind.ToString(), "Declaration", FormDocuments.Serialize(outcome.Form!), "[]", Filer));
        Assert.Null(reply.Refusal);
    }

    public static FilingCommand Command(string action, string actor, string? comment = null, string? key = null) =>
        new() { Action = action, Actor = actor, Comment = comment, IdempotencyKey = key };

    public FilingDbContext OpenDatabase() =>
        new(new DbContextOptionsBuilder<FilingDbContext>().UseSqlite($"Data Source={DatabaseFile}").Options);

    public async Task DisposeAsync()
    {
        foreach (var cluster in new[] { _first, _second })
        {
            if (cluster is not null)
            {
                await cluster.DisposeAsync();
            }
        }

        SqliteConnection.ClearAllPools();
        try
        {
            Directory.Delete(_directory, recursive: true);
        }
        catch (IOException)
        {
            // Best effort: the temp directory is only litter if it stays.
        }
    }

    private async Task<TestCluster> StartAsync()
    {
        var builder = new TestClusterBuilder(1);
        builder.Properties["Database"] = DatabaseFile;
        builder.AddSiloBuilderConfigurator<GrainSiloConfigurator>();
        builder.AddClientBuilderConfigurator<GrainSiloConfigurator>();
        var cluster = builder.Build();
        await cluster.DeployAsync();
        return cluster;
    }
}
