using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Logging.Abstractions;
using PerfWorkflow.Hosting.Persistence;
using PerfWorkflow.Integration.Tests.Infrastructure;

namespace PerfWorkflow.Integration.Tests.Consumers;

/// <summary>A service's migrated database of either provider: a fresh PostgreSQL database on the test server, or a SQLite file.</summary>
public sealed class TestDatabase<TContext> : IAsyncDisposable
    where TContext : ServiceDbContext
{
    private readonly DbContextOptions<TContext> _options;
    private readonly Func<DbContextOptions<TContext>, TContext> _create;
    private readonly IsolatedBackends? _backends;
    private readonly string? _file;

    private TestDatabase(DbContextOptions<TContext> options, Func<DbContextOptions<TContext>, TContext> create, IsolatedBackends? backends, string? file)
    {
        _options = options;
        _create = create;
        _backends = backends;
        _file = file;
    }

    public static async Task<TestDatabase<TContext>> CreateAsync(DatabaseProvider provider, Func<DbContextOptions<TContext>, TContext> create)
    {
        TestDatabase<TContext> database;
        if (provider == DatabaseProvider.PostgreSql)
        {
            var backends = await IsolatedBackends.CreateAsync();
            database = new(new DbContextOptionsBuilder<TContext>().UseNpgsql(backends.ConnectionString).Options, create, backends, null);
        }
        else
        {
            var file = Path.Combine(Path.GetTempPath(), $"perfwf-{Guid.NewGuid():N}.db");
            database = new(new DbContextOptionsBuilder<TContext>().UseSqlite($"Data Source={file};Pooling=false").Options, create, null, file);
        }

        await using var db = database.NewContext();
        await new SchemaMigrator(NullLogger<SchemaMigrator>.Instance).MigrateAsync(db, typeof(TContext).Assembly, CancellationToken.None);
        return database;
    }

    public TContext NewContext() => _create(_options);

    public async ValueTask DisposeAsync()
    {
        if (_backends is not null)
        {
            await _backends.DisposeAsync();
        }

        if (_file is not null)
        {
            File.Delete(_file);
        }
    }
}
