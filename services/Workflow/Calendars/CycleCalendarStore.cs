using Microsoft.EntityFrameworkCore;
using PerfWorkflow.Domain.Deadlines;
using PerfWorkflow.Workflow.Persistence;

namespace PerfWorkflow.Workflow.Calendars;

/// <summary>
/// The versions of each region's cycle calendar. Version 1 of a fiscal year is <see cref="CycleCalendar.Default"/>,
/// written the first time anyone needs the year (by whichever replica gets there first); later versions come from
/// extensions for all departments.
/// </summary>
public sealed class CycleCalendarStore(WorkflowDbContext db, TimeProvider time, CycleCalendarCache cache)
{
    public async Task<CycleCalendar> CurrentAsync(string region, int fiscalYear, CancellationToken cancellationToken)
    {
        var latest = await LatestRowAsync(region, fiscalYear, cancellationToken);
        if (latest is not null)
        {
            return CycleCalendarJson.Read(latest.Definition);
        }

        var initial = CycleCalendar.Default(region, fiscalYear);
        await InsertIfAbsentAsync(initial, "system", "系统默认日历", cancellationToken);
        latest = await LatestRowAsync(region, fiscalYear, cancellationToken);
        return CycleCalendarJson.Read(latest!.Definition);
    }

    public async Task<CycleCalendar> VersionAsync(string region, int fiscalYear, int version, CancellationToken cancellationToken)
    {
        if (cache.Versions.TryGetValue((region, fiscalYear, version), out var known))
        {
            return known;
        }

        var row = await db.CycleCalendars.AsNoTracking()
            .SingleOrDefaultAsync(c => c.Region == region && c.FiscalYear == fiscalYear && c.Version == version, cancellationToken);
        if (row is null)
        {
            return await CurrentAsync(region, fiscalYear, cancellationToken);
        }

        var calendar = CycleCalendarJson.Read(row.Definition);
        cache.Versions.TryAdd((region, fiscalYear, version), calendar);
        return calendar;
    }

    public Task<List<CycleCalendarVersion>> HistoryAsync(string region, int fiscalYear, CancellationToken cancellationToken) =>
        db.CycleCalendars.AsNoTracking().Where(c => c.Region == region && c.FiscalYear == fiscalYear)
            .OrderBy(c => c.Version).ToListAsync(cancellationToken);

    /// <summary>Adds a new version to the unit of work (saved with the caller's changes); its version must be new.</summary>
    public void Add(CycleCalendar calendar, string createdBy, string reason) =>
        db.CycleCalendars.Add(new CycleCalendarVersion
        {
            Region = calendar.Region,
            FiscalYear = calendar.FiscalYear,
            Version = calendar.Version,
            Definition = CycleCalendarJson.Write(calendar),
            CreatedBy = createdBy,
            Reason = reason,
            CreatedAt = time.GetUtcNow().UtcDateTime,
        });

    private Task<CycleCalendarVersion?> LatestRowAsync(string region, int fiscalYear, CancellationToken cancellationToken) =>
        db.CycleCalendars.AsNoTracking().Where(c => c.Region == region && c.FiscalYear == fiscalYear)
            .OrderByDescending(c => c.Version).FirstOrDefaultAsync(cancellationToken);

    // Two replicas may both find the year missing: the insert ignores a conflict, and both then read the same row.
    private Task InsertIfAbsentAsync(CycleCalendar calendar, string createdBy, string reason, CancellationToken cancellationToken)
    {
        // PostgreSQL and SQLite (3.24+) spell the upsert alike.
        return db.Database.ExecuteSqlAsync(
            $"INSERT INTO workflow_cycle_calendars (region, fiscal_year, version, definition, created_by, reason, created_at) VALUES ({calendar.Region}, {calendar.FiscalYear}, {calendar.Version}, {CycleCalendarJson.Write(calendar)}, {createdBy}, {reason}, {time.GetUtcNow().UtcDateTime}) ON CONFLICT DO NOTHING",
            cancellationToken);
    }
}
