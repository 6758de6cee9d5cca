using System.Security.Cryptography;
using System.Text;
using Microsoft.EntityFrameworkCore;
using PerfWorkflow.Domain.Filings;
using PerfWorkflow.Domain.Organisation;
using PerfWorkflow.Filing.Application;
using PerfWorkflow.Filing.Grains;
using PerfWorkflow.Filing.Organisation;
using PerfWorkflow.Filing.Cluster;
using PerfWorkflow.Filing.Persistence;
using PerfWorkflow.Hosting.Security;

namespace PerfWorkflow.Filing.Demo;

/// <summary>
/// Sets up the demo region from the real filings in <c>Demo:SeedDirectory</c>, every number imported: one department
/// per filer named in the seeds with its 填报人 and 部门负责人, the finance bureau's reviewers, a 申报 filing per
/// department for <c>Demo:FiscalYear</c> holding the seeds' declarations as drafts, and for each self-evaluation seed
/// a filing of its own year brought to 自评 by the demo reviewers (every step recorded in the audit trail).
/// Runs once: an existing organisation is left alone. Also tells readiness when the service can take requests.
/// </summary>
public sealed class DemoDataSeeder(IServiceScopeFactory scopes, IConfiguration configuration, TimeProvider time, FilingReadiness readiness, ILogger<DemoDataSeeder> logger) : IHostedService
{
    /// <summary>The demo region unless <c>Organisation:Region</c> names the bureau's own (the Host names its district).</summary>
    public const string DefaultRegion = "广州市";

    /// <summary>The demo accounts' password unless Demo:Password says otherwise; README and the first start print it.</summary>
    public const string DefaultPassword = "Demo@2026";

    /// <summary>Runs after the silo has started (it is registered after it): the demo filings are written by their grains.</summary>
    public async Task StartAsync(CancellationToken cancellationToken)
    {
        await SeedAsync(cancellationToken);
        readiness.MarkReady();
    }

    public Task StopAsync(CancellationToken cancellationToken) => Task.CompletedTask;

    private async Task SeedAsync(CancellationToken cancellationToken)
    {
        var directory = configuration["Demo:SeedDirectory"];
        if (string.IsNullOrWhiteSpace(directory))
        {
            return;
        }

        await using var scope = scopes.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<FilingDbContext>();
        if (await db.Departments.AnyAsync(cancellationToken))
        {
            return;
        }

        var year = configuration.GetValue("Demo:FiscalYear", time.GetUtcNow().Year + 1);
        var seeds = Directory.GetFiles(directory, "*.txt").Order(StringComparer.Ordinal)
            .Select(f => DemoSeed.Read(f, year)).OfType<DemoSeed>().ToList();
        var departments = seeds.Select(s => s.DepartmentName).Distinct(StringComparer.Ordinal).ToList();
        var region = RegionOf(configuration);
        AddOrganisation(db, departments, region, configuration["Demo:Password"] ?? DefaultPassword);
        OrganisationMemberEvents.AddForChangedUsers(db, time.GetUtcNow());
        await db.SaveChangesAsync(cancellationToken);

        var actions = scope.ServiceProvider.GetRequiredService<FilingActions>();
        var forms = scope.ServiceProvider.GetRequiredService<FormActions>();
        var grains = scope.ServiceProvider.GetRequiredService<IGrainFactory>();
        var users = await db.Users.AsNoTracking().ToListAsync(cancellationToken);
        foreach (var department in departments)
        {
            await actions.OpenAsync(null, DepartmentIdOf(department), year, cancellationToken);
        }

        foreach (var seed in seeds)
        {
            var departmentId = DepartmentIdOf(seed.DepartmentName);
            var existing = await db.Filings.AsNoTracking().SingleOrDefaultAsync(f => f.DepartmentId == departmentId && f.FiscalYear == seed.FiscalYear, cancellationToken);
            var filingId = existing?.Id ?? (await actions.OpenAsync(null, departmentId, seed.FiscalYear, cancellationToken)).Id;
            await FilingGrainCalls.CallAsync(() => grains.GetGrain<IFilingGrain>(filingId).BringToStageForDemo($"{departmentId}-filer", seed.Stage.ToString()));
            await forms.SaveAsync(Person(users, $"{departmentId}-filer"), filingId, seed.Form, seed.Notes, cancellationToken);
        }

        logger.LogWarning(
            "Demo data loaded: {Seeds} real filings of {Departments} departments of {Region}. Demo accounts (password {Password}): {Accounts}",
            seeds.Count, departments.Count, region, configuration["Demo:Password"] ?? DefaultPassword,
            string.Join("; ", users.OrderBy(u => u.Id, StringComparer.Ordinal).Select(u => $"{u.Id} {u.DisplayName}（{Roles.NameOf(u.Role)}）")));
    }

    /// <summary>A stable id for a department name, so demo URLs survive a restart.</summary>
    public static string DepartmentIdOf(string name) =>
        "d" + Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(name)))[..8];

    private static CurrentUser Person(IReadOnlyList<UserRecord> users, string id)
    {
        var u = users.Single(x => x.Id == id);
        return new CurrentUser(u.Id, u.DisplayName, u.Role, u.DepartmentId, u.Region);
    }

    /// <summary>The region the organisation belongs to: <c>Organisation:Region</c>, the setting Workflow's calendars follow too.</summary>
    public static string RegionOf(IConfiguration configuration) =>
        configuration["Organisation:Region"] is { Length: > 0 } region ? region.Trim() : DefaultRegion;

    private static void AddOrganisation(FilingDbContext db, IReadOnlyList<string> departments, string region, string password)
    {
        foreach (var name in departments)
        {
            var id = DepartmentIdOf(name);
            db.Departments.Add(new DepartmentRecord { Id = id, Name = name, Region = region });
            db.Users.Add(new UserRecord { Id = $"{id}-filer", DisplayName = $"{ShortName(name)}填报人", Role = Roles.Filer, DepartmentId = id, Region = region });
            db.Users.Add(new UserRecord { Id = $"{id}-head", DisplayName = $"{ShortName(name)}负责人", Role = Roles.DepartmentHead, DepartmentId = id, Region = region });
        }

        db.Users.Add(new UserRecord { Id = "finance-1", DisplayName = "财政局经建科 王科长", Role = Roles.FinanceDivision, Region = region });
        db.Users.Add(new UserRecord { Id = "finance-2", DisplayName = "财政局经建科 李干事", Role = Roles.FinanceDivision, Region = region });
        db.Users.Add(new UserRecord { Id = "perf-office", DisplayName = "财政局绩效管理科 陈科长", Role = Roles.PerformanceOffice, Region = region });
        foreach (var user in db.Users.Local)
        {
            user.PasswordHash = PasswordHashing.Hash(password);
        }
    }

    private static string ShortName(string name) =>
        name.Replace("广州高新技术产业开发区", string.Empty, StringComparison.Ordinal).Replace("广州开发区", string.Empty, StringComparison.Ordinal)
            .Replace("广州市", string.Empty, StringComparison.Ordinal).Replace("管理委员会", "管委会", StringComparison.Ordinal);

}
