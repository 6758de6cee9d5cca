using System.Collections.Concurrent;
using Microsoft.EntityFrameworkCore;
using PerfWorkflow.Filing.Persistence;

namespace PerfWorkflow.Filing.Organisation;

/// <summary>
/// Each department's placement, which decides who sees its filings (<see cref="FilingAccess"/>), read once per
/// Filing process: every request on a filing asked the database the same question before. It is safe to keep because
/// a department is never moved: the organisation API creates departments and changes nothing about them afterwards
/// (<see cref="DepartmentRecord"/>). Whoever makes departments movable must drop the moved one here, in every replica.
/// </summary>
public sealed class DepartmentPlacements
{
    private readonly ConcurrentDictionary<string, DepartmentPlacement> _known = new(StringComparer.Ordinal);

    /// <summary>The department's placement; an unknown department is asked for again next time (it may be made since).</summary>
    public async Task<DepartmentPlacement?> OfAsync(FilingDbContext db, string departmentId, CancellationToken cancellationToken)
    {
        if (_known.TryGetValue(departmentId, out var known))
        {
            return known;
        }

        var read = await db.Departments.AsNoTracking().Where(d => d.Id == departmentId)
            .Select(d => new DepartmentPlacement(d.Region, d.SupervisingDepartmentId)).SingleOrDefaultAsync(cancellationToken);
        return read is null ? null : _known.GetOrAdd(departmentId, read);
    }
}
