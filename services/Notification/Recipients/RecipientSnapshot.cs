using Microsoft.EntityFrameworkCore;
using PerfWorkflow.Domain.Organisation;
using PerfWorkflow.Hosting.Persistence;
using PerfWorkflow.Notification.Persistence;

namespace PerfWorkflow.Notification.Recipients;

/// <summary>
/// What one consumer batch knows of the people its messages concern, read once for the whole batch: the directory
/// rows of the departments, regional bureaus and people the messages announced (one query), and those people's
/// delivery preferences (one more). Lookups it was not told of go to the database as before, so an unannounced need
/// costs a query, never a wrong answer.
/// <para>
/// Each message of a batch must read what the messages before it wrote: a directory change applied inside the batch
/// (<see cref="Forget"/>) makes every later directory lookup of the batch ask the database again. Preferences change
/// only through the API, outside any batch, so they stay.
/// </para>
/// </summary>
public sealed class RecipientSnapshot(NotificationDbContext db) : IConsumerBatchPreparation<NotificationDbContext>
{
    private readonly HashSet<string> _departments = new(StringComparer.Ordinal);
    private readonly HashSet<string> _bureauDepartments = new(StringComparer.Ordinal);
    private readonly HashSet<string> _people = new(StringComparer.Ordinal);
    private readonly HashSet<string> _preferencesRead = new(StringComparer.Ordinal);
    private readonly Dictionary<string, NotificationPreference> _preferences = new(StringComparer.Ordinal);
    private DirectoryRows? _directory;

    /// <summary>The message will look up the department's people or name, and with <paramref name="withBureau"/> its region's bureau.</summary>
    public void ExpectDepartment(string departmentId, bool withBureau = false)
    {
        _departments.Add(departmentId);
        if (withBureau)
        {
            _bureauDepartments.Add(departmentId);
        }
    }

    /// <summary>The message will address or name these people (group addresses and unknown ids are harmless).</summary>
    public void ExpectPeople(params IEnumerable<string?> userIds)
    {
        foreach (var userId in userIds)
        {
            if (!string.IsNullOrEmpty(userId))
            {
                _people.Add(userId);
            }
        }
    }

    public async Task PrepareAsync(CancellationToken cancellationToken)
    {
        if (_directory is not null || (_departments.Count == 0 && _people.Count == 0))
        {
            return;
        }

        var departments = _departments.ToList();
        var people = _people.ToList();
        var bureauDepartments = _bureauDepartments.ToList();
        var bureauRegions = db.DirectoryUsers.Where(d => d.DepartmentId != null && bureauDepartments.Contains(d.DepartmentId)).Select(d => d.Region);

        // The bureau's branch only when a message asked for it: most batches need departments and people alone.
        var rows = await (bureauDepartments.Count == 0
                ? db.DirectoryUsers.AsNoTracking().Where(u => (u.DepartmentId != null && departments.Contains(u.DepartmentId)) || people.Contains(u.UserId))
                : db.DirectoryUsers.AsNoTracking().Where(u => (u.DepartmentId != null && departments.Contains(u.DepartmentId))
                    || people.Contains(u.UserId)
                    || ((u.Role == Roles.PerformanceOffice || u.Role == Roles.FinanceDivision) && bureauRegions.Contains(u.Region))))
            .ToListAsync(cancellationToken);
        _directory = new DirectoryRows(rows, _departments, _bureauDepartments, _people);

        var users = people.Concat(rows.Select(r => r.UserId)).Distinct(StringComparer.Ordinal).ToList();
        await ReadPreferencesAsync(users, cancellationToken);
    }

    /// <summary>The directory changed inside the batch: what was read before it no longer answers.</summary>
    public void Forget() => _directory = null;

    /// <summary>The directory rows read for the batch, or null when they cannot answer (not read, or forgotten).</summary>
    public DirectoryRows? Directory => _directory;

    /// <summary>The preferences of those who want more than the in-app inbox, for the given people.</summary>
    public async Task<IReadOnlyDictionary<string, NotificationPreference>> PreferencesAsync(IReadOnlyCollection<string> userIds, CancellationToken cancellationToken)
    {
        var unread = userIds.Where(u => !_preferencesRead.Contains(u)).Distinct(StringComparer.Ordinal).ToList();
        if (unread.Count > 0)
        {
            await ReadPreferencesAsync(unread, cancellationToken);
        }

        return _preferences;
    }

    /// <summary>The directory's e-mail addresses of the given people (those it has one for).</summary>
    public async Task<IReadOnlyDictionary<string, string>> DirectoryEmailsAsync(IReadOnlyCollection<string> userIds, CancellationToken cancellationToken)
    {
        var emails = new Dictionary<string, string>(StringComparer.Ordinal);
        var unknown = new List<string>();
        foreach (var userId in userIds)
        {
            if (_directory is { } directory && directory.TryPerson(userId, out var person))
            {
                if (person?.Email is { Length: > 0 } email)
                {
                    emails[userId] = email;
                }
            }
            else
            {
                unknown.Add(userId);
            }
        }

        if (unknown.Count > 0)
        {
            var read = await db.DirectoryUsers.AsNoTracking().Where(u => unknown.Contains(u.UserId) && u.Email != null)
                .Select(u => new { u.UserId, u.Email }).ToListAsync(cancellationToken);
            foreach (var row in read)
            {
                emails[row.UserId] = row.Email!;
            }
        }

        return emails;
    }

    private async Task ReadPreferencesAsync(List<string> userIds, CancellationToken cancellationToken)
    {
        if (userIds.Count == 0)
        {
            return;
        }

        var read = await db.Preferences.AsNoTracking()
            .Where(p => userIds.Contains(p.UserId) && (p.EmailEnabled || p.WebhookEnabled))
            .ToListAsync(cancellationToken);
        foreach (var preference in read)
        {
            _preferences[preference.UserId] = preference;
        }

        _preferencesRead.UnionWith(userIds);
    }
}
