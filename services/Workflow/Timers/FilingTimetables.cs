using Microsoft.EntityFrameworkCore;
using Npgsql;
using NpgsqlTypes;
using PerfWorkflow.Domain.Deadlines;
using PerfWorkflow.Hosting.Persistence;
using PerfWorkflow.Workflow.Calendars;
using PerfWorkflow.Workflow.Persistence;

namespace PerfWorkflow.Workflow.Timers;

/// <summary>
/// The rows a filing's planning starts from, found in the unit of work or the database, or added to the unit of work:
/// its timetable (calendar version, filer), each stage's deadline, and which timers it has.
/// <para>
/// In a consumer batch the filings its messages announced (<see cref="Expect"/>) are read together before the first
/// message runs (<see cref="IConsumerBatchPreparation{TContext}"/>): three queries a batch instead of up to three a
/// message. The rows stay known for the whole batch: when the batch saves and clears its unit of work, a row already
/// saved is attached again as it was saved. Nothing else in a batch writes these tables, so that copy is the stored
/// row; and every timer planning adds goes through <see cref="AddTimer"/>, so the batch's timer keys stay complete.
/// </para>
/// </summary>
public sealed class FilingTimetables(WorkflowDbContext db, CycleCalendarStore calendars, WorkflowOptions options) : IConsumerBatchPreparation<WorkflowDbContext>
{
    private readonly HashSet<Guid> _expected = [];
    private readonly HashSet<Guid> _read = [];
    private readonly Dictionary<Guid, FilingTimetable> _timetables = [];
    private readonly Dictionary<(Guid FilingId, string Stage), StageDeadline> _deadlines = [];
    private readonly HashSet<string> _timerKeys = new(StringComparer.Ordinal);

    /// <summary>A message of the batch will plan this filing.</summary>
    public void Expect(Guid filingId) => _expected.Add(filingId);

    public async Task PrepareAsync(CancellationToken cancellationToken)
    {
        var filings = _expected.Where(f => !_read.Contains(f)).ToList();
        if (filings.Count == 0)
        {
            return;
        }

        foreach (var timetable in await db.Timetables.Where(t => filings.Contains(t.FilingId)).ToListAsync(cancellationToken))
        {
            _timetables[timetable.FilingId] = timetable;
        }

        foreach (var deadline in await db.Deadlines.Where(d => filings.Contains(d.FilingId)).ToListAsync(cancellationToken))
        {
            _deadlines[(deadline.FilingId, deadline.Stage)] = deadline;
        }

        _timerKeys.UnionWith(await TimerKeysOfAsync(filings, cancellationToken));

        _read.UnionWith(filings);
    }

    /// <summary>The filing's timetable; a new filing keeps the region's current cycle calendar version.</summary>
    public async Task<FilingTimetable> OfAsync(FilingStage filing, CancellationToken ct)
    {
        var timetable = Tracked(_timetables.GetValueOrDefault(filing.FilingId))
            ?? db.Timetables.Local.FirstOrDefault(t => t.FilingId == filing.FilingId)
            ?? (_read.Contains(filing.FilingId) ? null : await db.Timetables.SingleOrDefaultAsync(t => t.FilingId == filing.FilingId, ct));
        if (timetable is null)
        {
            var current = await calendars.CurrentAsync(options.Region, filing.FiscalYear, ct);
            timetable = new FilingTimetable
            {
                FilingId = filing.FilingId, DepartmentId = filing.DepartmentId, FiscalYear = filing.FiscalYear,
                Region = options.Region, CalendarVersion = current.Version,
            };
            db.Timetables.Add(timetable);
        }

        _timetables[filing.FilingId] = timetable;
        return timetable;
    }

    /// <summary>Remembers who filed, so the filer's reminders go to that person rather than to the department's filers.</summary>
    public async Task NoteFilerAsync(FilingStage filing, string filedBy, CancellationToken ct)
    {
        var timetable = await OfAsync(filing, ct);
        timetable.FiledBy = string.IsNullOrWhiteSpace(filedBy) ? timetable.FiledBy : filedBy;
    }

    /// <summary>The stage's deadline row; a new one starts with <paramref name="awaitingFilerIfNew"/>.</summary>
    public async Task<StageDeadline> DeadlineAsync(FilingStage filing, bool awaitingFilerIfNew, CancellationToken ct)
    {
        var stage = filing.Stage.ToString();
        var deadline = Tracked(_deadlines.GetValueOrDefault((filing.FilingId, stage)))
            ?? db.Deadlines.Local.FirstOrDefault(d => d.FilingId == filing.FilingId && d.Stage == stage)
            ?? (_read.Contains(filing.FilingId) ? null : await db.Deadlines.SingleOrDefaultAsync(d => d.FilingId == filing.FilingId && d.Stage == stage, ct));
        if (deadline is null)
        {
            deadline = new StageDeadline
            {
                FilingId = filing.FilingId, Stage = stage, DepartmentId = filing.DepartmentId, FiscalYear = filing.FiscalYear,
                AwaitingFiler = awaitingFilerIfNew,
            };
            db.Deadlines.Add(deadline);
        }

        _deadlines[(filing.FilingId, stage)] = deadline;
        return deadline;
    }

    // On PostgreSQL each filing's keys come through the filing's index (a lateral lookup the planner keeps apart):
    // "filing_id = ANY (…)" was planned, and kept prepared, as a scan of all timers (0.3 ms a batch in the benchmark).
    private Task<List<string>> TimerKeysOfAsync(List<Guid> filings, CancellationToken cancellationToken) =>
        db.IsPostgreSql
            ? db.Database.SqlQueryRaw<string>(
                    "SELECT timer.key AS \"Value\" FROM unnest(@filings) AS f (filing_id)"
                    + " CROSS JOIN LATERAL (SELECT t.key FROM workflow_timers AS t WHERE t.filing_id = f.filing_id OFFSET 0) AS timer",
                    new NpgsqlParameter("filings", NpgsqlDbType.Array | NpgsqlDbType.Uuid) { Value = filings.ToArray() })
                .ToListAsync(cancellationToken)
            : db.Timers.AsNoTracking().Where(t => filings.Contains(t.FilingId)).Select(t => t.Key).ToListAsync(cancellationToken);

    /// <summary>Whether the filing has a timer of this key, stored or added in this unit of work (through <see cref="AddTimer"/>).</summary>
    public async Task<bool> HasTimerAsync(Guid filingId, string key, CancellationToken ct) =>
        _timerKeys.Contains(key) || (!_read.Contains(filingId) && await db.Timers.AnyAsync(t => t.Key == key, ct));

    /// <summary>Adds a timer to the unit of work; planning adds every timer here, so <see cref="HasTimerAsync"/> knows its key.</summary>
    public void AddTimer(TimerRecord timer)
    {
        db.Timers.Add(timer);
        _timerKeys.Add(timer.Key);
    }

    // A row the batch's save cleared from the unit of work was saved as it is: attached again, unchanged.
    private T? Tracked<T>(T? row)
        where T : class
    {
        if (row is not null && db.Entry(row).State == EntityState.Detached)
        {
            db.Attach(row);
        }

        return row;
    }

    /// <summary>The cycle calendar the filing follows: <paramref name="version"/> when a deadline fixed one, else the timetable's.</summary>
    public Task<CycleCalendar> CalendarAsync(FilingTimetable timetable, int? version, CancellationToken ct) =>
        calendars.VersionAsync(timetable.Region, timetable.FiscalYear, version ?? timetable.CalendarVersion, ct);
}
