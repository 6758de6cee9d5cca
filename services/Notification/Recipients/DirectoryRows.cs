using PerfWorkflow.Domain.Organisation;
using PerfWorkflow.Notification.Persistence;

namespace PerfWorkflow.Notification.Recipients;

/// <summary>
/// The directory rows one batch read (see <see cref="RecipientSnapshot"/>), answering the same questions as the
/// directory queries would: each <c>Try…</c> is false for a department, bureau or person the batch did not ask for,
/// and then the caller asks the database.
/// </summary>
public sealed class DirectoryRows
{
    private readonly ILookup<string, DirectoryUser> _byDepartment;
    private readonly Dictionary<string, DirectoryUser> _byUser;
    private readonly List<DirectoryUser> _bureau;
    private readonly HashSet<string> _departments;
    private readonly HashSet<string> _bureauDepartments;
    private readonly HashSet<string> _people;

    public DirectoryRows(IReadOnlyList<DirectoryUser> rows, IEnumerable<string> departments, IEnumerable<string> bureauDepartments, IEnumerable<string> people)
    {
        _byDepartment = rows.Where(u => u.DepartmentId != null).ToLookup(u => u.DepartmentId!, StringComparer.Ordinal);
        _byUser = rows.ToDictionary(u => u.UserId, StringComparer.Ordinal);
        _bureau = rows.Where(u => Roles.IsBureau(u.Role)).ToList();
        _departments = new HashSet<string>(departments, StringComparer.Ordinal);
        _bureauDepartments = new HashSet<string>(bureauDepartments, StringComparer.Ordinal);
        _people = new HashSet<string>(people, StringComparer.Ordinal);
        _people.UnionWith(_byUser.Keys);
    }

    /// <summary>The department's active 填报人 (and, with <paramref name="withHead"/>, 部门负责人), by user id.</summary>
    public bool TryDepartmentPeople(string departmentId, bool withHead, out List<string> people)
    {
        people = _departments.Contains(departmentId)
            ? _byDepartment[departmentId].Where(u => u.Active && (u.Role == Roles.Filer || (withHead && u.Role == Roles.DepartmentHead)))
                .Select(u => u.UserId).Order(StringComparer.Ordinal).ToList()
            : [];
        return _departments.Contains(departmentId);
    }

    /// <summary>The department's region (null when the directory does not know the department).</summary>
    public bool TryRegion(string departmentId, out string? region)
    {
        region = _byDepartment[departmentId].Select(u => u.Region).FirstOrDefault();
        return _bureauDepartments.Contains(departmentId);
    }

    /// <summary>The region's active 绩效管理科 (and, unless <paramref name="performanceOfficeOnly"/>, 财政业务科室), by user id.</summary>
    public List<string> BureauOf(string region, bool performanceOfficeOnly) =>
        _bureau.Where(u => u.Active && u.Region == region && (u.Role == Roles.PerformanceOffice || (!performanceOfficeOnly && u.Role == Roles.FinanceDivision)))
            .Select(u => u.UserId).Order(StringComparer.Ordinal).ToList();

    /// <summary>The department's name as the directory spells it (null when it has none).</summary>
    public bool TryDepartmentName(string departmentId, out string? name)
    {
        name = _byDepartment[departmentId].Select(u => u.DepartmentName).FirstOrDefault(n => n != null);
        return _departments.Contains(departmentId);
    }

    /// <summary>The person's row (null when the directory does not know them).</summary>
    public bool TryPerson(string userId, out DirectoryUser? person)
    {
        person = _byUser.GetValueOrDefault(userId);
        return _people.Contains(userId);
    }
}
