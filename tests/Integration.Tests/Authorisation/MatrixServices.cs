using System.Collections.Concurrent;
using System.Net.Http.Headers;
using System.Net.Http.Json;
using System.Text.Json;
using PerfWorkflow.Domain.Organisation;
using PerfWorkflow.Filing.Tests.Infrastructure;
using PerfWorkflow.Integration.Tests.Infrastructure;

namespace PerfWorkflow.Integration.Tests.Authorisation;

/// <summary>
/// Filing, Workflow and Notification as their own processes on one fresh PostgreSQL database and RabbitMQ virtual
/// host (the matrix's one fixture), with the demo region and, added through the organisation API as the performance
/// office would add them, a supervising department (主管部门) with a supervising reviewer and a filer of its own,
/// and secondary units (二级单位) under it, each with a filer and a head, all made long enough ago to answer for
/// themselves (separation of duties, docs/decisions/0007). A second region's performance office is written to the
/// accounts table as an operator would bootstrap one: neither the organisation API (its caller's region only) nor
/// bootstrap-admin (once per deployment) makes an account of another region.
/// </summary>
public sealed class MatrixServices : IAsyncLifetime
{
    public const string Parent = "mx-parent";
    public const string SupervisingReviewer = "mx-parent-reviewer";
    public const string SupervisingDepartmentFiler = "mx-parent-filer";
    public const string OtherRegionOffice = "fs-perf-office";
    public const string OtherRegion = "佛山市";

    /// <summary>The secondary units targets belong to (they take turns, so a run can open a few hundred filings).</summary>
    public static readonly IReadOnlyList<string> Units = ["mx-unit-a", "mx-unit-b", "mx-unit-c", "mx-unit-d", "mx-unit-e", "mx-unit-f"];

    /// <summary>
    /// The fiscal years whose deadlines fall in years the working-day calendar covers (holidays imported for 2026 and
    /// 2027; a declaration is due in the December before its year): only these have due dates to apply to extend.
    /// </summary>
    public static readonly IReadOnlyList<int> CalendarYears = [2027, 2028];

    /// <summary>A department of the same region outside the supervising department: the "other department" columns.</summary>
    public static string OtherDepartment => DemoOrganisation.TianheSciencePark;

    private readonly ConcurrentDictionary<string, string> _tokens = new(StringComparer.Ordinal);
    private readonly Dictionary<string, Queue<int>> _freeYears = Units.ToDictionary(
        u => u, _ => new Queue<int>(Enumerable.Range(2000, 101).Where(y => !DemoOrganisation.DemoYears.Contains(y) && !CalendarYears.Contains(y)).OrderByDescending(y => y)));
    private readonly Queue<(string, int)> _coveredYears = new(CalendarYears.SelectMany(y => Units.Select(u => (u, y))));
    private readonly SocketsHttpHandler _handler = new() { PooledConnectionLifetime = TimeSpan.FromMinutes(5) };
    private int _nextUnit;
    private SeparateServices? _services;

    public SeparateServices Processes => _services ?? throw new InvalidOperationException("The services have not started.");

    public MatrixDriver Driver => new(this);

    public async Task InitializeAsync()
    {
        _services = await SeparateServices.StartAsync();
        using var office = await ClientAsync(MatrixService.Filing, DemoOrganisation.PerformanceOffice);
        (await office.PostJsonAsync("/api/organisation/departments", new { id = Parent, name = "矩阵测试主管部门" })).Ok();
        await AddUserAsync(office, SupervisingReviewer, "主管部门审核人", Roles.SupervisingReviewer, Parent);
        await AddUserAsync(office, SupervisingDepartmentFiler, "主管部门填报人", Roles.Filer, Parent);
        foreach (var unit in Units)
        {
            (await office.PostJsonAsync("/api/organisation/departments", new { id = unit, name = NameOf(unit), supervisingDepartmentId = Parent })).Ok();
            await AddUserAsync(office, DemoOrganisation.FilerOf(unit), "二级单位填报人", Roles.Filer, unit);
            await AddUserAsync(office, DemoOrganisation.HeadOf(unit), "二级单位负责人", Roles.DepartmentHead, unit);
        }

        // The matrix's people were made by the performance office today; made 31 days ago they answer for themselves,
        // as the demo accounts do, so one form can pass all of them (docs/decisions/0007-separation-of-duties.md).
        await Processes.Backends.ScalarAsync("WITH aged AS (UPDATE filing_users SET created_at = created_at - interval '31 days' WHERE id LIKE 'mx-%' RETURNING 1) SELECT COUNT(*) FROM aged");
        await Processes.Backends.ScalarAsync(
            "INSERT INTO filing_users (id, display_name, role, department_id, region, password_hash, security_stamp, disabled) " +
            $"SELECT '{OtherRegionOffice}', '佛山市财政局绩效管理科', role, NULL, '{OtherRegion}', password_hash, '', FALSE FROM filing_users WHERE id = '{DemoOrganisation.PerformanceOffice}' RETURNING 1");

        // Notification addresses people from its own directory, which learns them from Filing's events.
        await Eventually.WaitForAsync(
            async () => await Processes.Backends.ScalarAsync($"SELECT COUNT(*) FROM notification_directory_users WHERE department_id IN ('{string.Join("','", Units)}')") == 2 * Units.Count ? "known" : null,
            "Notification's directory to know the secondary units' people");
    }

    public async Task DisposeAsync()
    {
        _handler.Dispose();
        if (_services is not null)
        {
            await _services.DisposeAsync();
        }
    }

    public ServiceProcess Process(MatrixService service) => service switch
    {
        MatrixService.Filing => Processes.Filing,
        MatrixService.Workflow => Processes.Workflow,
        _ => Processes.Notification,
    };

    /// <summary>A department (a secondary unit, in turn, unless one is named) and a fiscal year no filing uses yet.</summary>
    public (string DepartmentId, int FiscalYear) ReserveFiling(string? departmentId = null)
    {
        lock (_freeYears)
        {
            var unit = departmentId ?? Units[_nextUnit++ % Units.Count];
            return _freeYears[unit].TryDequeue(out var year)
                ? (unit, year)
                : throw new InvalidOperationException($"No fiscal year left for {unit}.");
        }
    }

    /// <summary>The name a secondary unit is created with (the name its forms must state).</summary>
    public static string NameOf(string unit) => $"矩阵测试二级单位{unit[^1]}";

    /// <summary>A secondary unit and one of the <see cref="CalendarYears"/> no filing uses yet.</summary>
    public (string DepartmentId, int FiscalYear) ReserveCalendarYear()
    {
        lock (_freeYears)
        {
            return _coveredYears.TryDequeue(out var free) ? free : throw new InvalidOperationException("No calendar-covered year left: add a unit.");
        }
    }

    /// <summary>A client for the service carrying the user's bearer token (none for an anonymous caller).</summary>
    public async Task<HttpClient> ClientAsync(MatrixService service, string? userId)
    {
        var client = new HttpClient(_handler, disposeHandler: false) { BaseAddress = Process(service).BaseAddress, Timeout = TimeSpan.FromSeconds(60) };
        if (userId is not null)
        {
            var token = _tokens.TryGetValue(userId, out var known) ? known : _tokens[userId] = await TokenAsync(userId);
            client.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Bearer", token);
        }

        return client;
    }

    private async Task<string> TokenAsync(string userId)
    {
        using var response = await Processes.Filing.Http.PostAsJsonAsync("api/auth/login", new { userId, password = DemoOrganisation.Password });
        var body = await response.Content.ReadFromJsonAsync<JsonElement>();
        Assert.True(response.IsSuccessStatusCode, $"login of {userId} answered {(int)response.StatusCode}: {body}");
        return body.GetProperty("accessToken").GetString()!;
    }

    private static async Task AddUserAsync(HttpClient office, string id, string name, string role, string departmentId) =>
        (await office.PostJsonAsync("/api/organisation/users", new { id, displayName = name, role, departmentId, password = DemoOrganisation.Password })).Ok();
}
