using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Logging.Abstractions;
using PerfWorkflow.Filing.Organisation;
using PerfWorkflow.Filing.Persistence;
using PerfWorkflow.Hosting.Persistence;

namespace PerfWorkflow.Filing.Tests.Organisation;

/// <summary>
/// A department's placement is read from the database once per process (departments never move), and a department
/// not found is looked for again, since it may be made a moment later.
/// </summary>
public sealed class DepartmentPlacementsTests : IAsyncLifetime
{
    private readonly string _file = Path.Combine(Path.GetTempPath(), $"placements-{Guid.NewGuid():N}.db");

    public async Task InitializeAsync()
    {
        await using var db = Database();
        await new SchemaMigrator(NullLogger<SchemaMigrator>.Instance).MigrateAsync(db, typeof(FilingDbContext).Assembly, CancellationToken.None);
    }

    public Task DisposeAsync()
    {
        SqliteConnection.ClearAllPools();
        File.Delete(_file);
        return Task.CompletedTask;
    }

    [Fact]
    public async Task A_department_is_read_once_and_then_answered_from_memory()
    {
        var placements = new DepartmentPlacements();
        await using var db = Database();
        db.Departments.AddRange(
            new DepartmentRecord { Id = "d-parent", Name = "主管部门", Region = "天河区" },
            new DepartmentRecord { Id = "d-unit", Name = "二级单位", Region = "天河区", SupervisingDepartmentId = "d-parent" });
        await db.SaveChangesAsync();

        var first = await placements.OfAsync(db, "d-unit", CancellationToken.None);
        await db.Departments.Where(d => d.Id == "d-unit").ExecuteDeleteAsync();
        var second = await placements.OfAsync(db, "d-unit", CancellationToken.None);

        Assert.Equal(new DepartmentPlacement("天河区", "d-parent"), first);
        Assert.Equal(first, second);
    }

    [Fact]
    public async Task A_department_not_found_is_looked_for_again()
    {
        var placements = new DepartmentPlacements();
        await using var db = Database();

        Assert.Null(await placements.OfAsync(db, "d-later", CancellationToken.None));
        db.Departments.Add(new DepartmentRecord { Id = "d-later", Name = "新部门", Region = "越秀区" });
        await db.SaveChangesAsync();

        Assert.Equal(new DepartmentPlacement("越秀区", null), await placements.OfAsync(db, "d-later", CancellationToken.None));
    }

    private FilingDbContext Database() =>
        new(new DbContextOptionsBuilder<FilingDbContext>().UseSqlite($"Data Source={_file}").Options);
}
