using Microsoft.EntityFrameworkCore;
using PerfWorkflow.Hosting.Persistence;
using PerfWorkflow.Workflow.Messaging;
using PerfWorkflow.Workflow.Persistence;

namespace PerfWorkflow.Integration.Tests.Consumers;

/// <summary>
/// A batch's cycle positions written together (<see cref="CycleMoves"/>): on PostgreSQL one upsert for all, on SQLite
/// one move each. A new filing gets its row, a newer event moves a position, an older one does not.
/// </summary>
public sealed class CycleMovesTests
{
    private static readonly DateTime Before = new(2027, 3, 1, 2, 0, 0, DateTimeKind.Utc);

    [Theory]
    [InlineData(DatabaseProvider.PostgreSql)]
    [InlineData(DatabaseProvider.Sqlite)]
    public async Task Moves_of_several_filings_written_together_add_new_filings_and_move_known_ones_only_forward_in_time(DatabaseProvider provider)
    {
        await using var database = await TestDatabase<WorkflowDbContext>.CreateAsync(provider, o => new WorkflowDbContext(o));
        var (known, ahead, fresh) = (Guid.NewGuid(), Guid.NewGuid(), Guid.NewGuid());
        await using (var db = database.NewContext())
        {
            db.FilingCycles.AddRange(
                new FilingCycle { FilingId = known, DepartmentId = "d0001", FiscalYear = 2027, Stage = "Declaration", StageState = "Draft", UpdatedAt = Before },
                new FilingCycle { FilingId = ahead, DepartmentId = "d0002", FiscalYear = 2027, Stage = "Monitoring", StageState = "Draft", UpdatedAt = Before.AddDays(2) });
            await db.SaveChangesAsync();
        }

        await using (var db = database.NewContext())
        {
            var moves = new CycleMoves(db);
            moves.Add(new CycleMove(known, "d0001", 2027, "Declaration", "InReview", Before.AddDays(1)));
            moves.Add(new CycleMove(ahead, "d0002", 2027, "Declaration", "Approved", Before.AddDays(1)));
            moves.Add(new CycleMove(fresh, "d0003", 2027, "Declaration", "Draft", Before.AddDays(1)));
            await moves.WriteAsync(CancellationToken.None);
            await db.SaveChangesAsync();
        }

        await using (var db = database.NewContext())
        {
            var cycles = await db.FilingCycles.AsNoTracking().ToDictionaryAsync(c => c.FilingId, c => (c.Stage, c.StageState, c.UpdatedAt, c.DepartmentId));
            Assert.Equal(("Declaration", "InReview", Before.AddDays(1), "d0001"), cycles[known]);
            Assert.Equal(("Monitoring", "Draft", Before.AddDays(2), "d0002"), cycles[ahead]);
            Assert.Equal(("Declaration", "Draft", Before.AddDays(1), "d0003"), cycles[fresh]);
            Assert.Equal(3, cycles.Count);
        }
    }
}
