using System.Security.Cryptography;
using System.Text;
using Microsoft.EntityFrameworkCore;
using PerfWorkflow.Filing.Application;
using PerfWorkflow.Filing.Organisation;
using PerfWorkflow.Filing.Persistence;

namespace PerfWorkflow.Filing.Demo;

/// <summary>
/// Sets up the demo region from the real filings in <c>Demo:SeedDirectory</c>: one department per filer named in the
/// seeds, its 填报人 and 部门负责人, the finance bureau's division reviewers and performance office, and an open
/// filing per department for <c>Demo:FiscalYear</c>. Runs once: an existing organisation is left alone.
/// </summary>
public sealed class DemoDataSeeder(IServiceScopeFactory scopes, IConfiguration configuration, ILogger<DemoDataSeeder> logger) : IHostedLifecycleService
{
    public const string Region = "广州市";

    public async Task StartingAsync(CancellationToken cancellationToken)
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

        var headers = Directory.GetFiles(directory, "*.txt").Order(StringComparer.Ordinal)
            .Select(f => SeedHeader.Read(File.ReadAllText(f)))
            .OfType<SeedHeader>()
            .ToList();
        var departments = headers.Select(h => h.DepartmentName).Distinct(StringComparer.Ordinal).ToList();
        foreach (var name in departments)
        {
            var id = DepartmentIdOf(name);
            db.Departments.Add(new DepartmentRecord { Id = id, Name = name, Region = Region });
            db.Users.Add(new UserRecord { Id = $"{id}-filer", DisplayName = $"{ShortName(name)}填报人", Role = Roles.Filer, DepartmentId = id, Region = Region });
            db.Users.Add(new UserRecord { Id = $"{id}-head", DisplayName = $"{ShortName(name)}负责人", Role = Roles.DepartmentHead, DepartmentId = id, Region = Region });
        }

        db.Users.Add(new UserRecord { Id = "finance-1", DisplayName = "财政局经建科 王科长", Role = Roles.FinanceDivision, Region = Region });
        db.Users.Add(new UserRecord { Id = "finance-2", DisplayName = "财政局经建科 李干事", Role = Roles.FinanceDivision, Region = Region });
        db.Users.Add(new UserRecord { Id = "perf-office", DisplayName = "财政局绩效管理科 陈科长", Role = Roles.PerformanceOffice, Region = Region });
        await db.SaveChangesAsync(cancellationToken);

        var year = configuration.GetValue("Demo:FiscalYear", DateTime.UtcNow.Year + 1);
        var actions = scope.ServiceProvider.GetRequiredService<FilingActions>();
        foreach (var name in departments)
        {
            await actions.OpenAsync(DepartmentIdOf(name), year, cancellationToken);
        }

        logger.LogInformation("Demo data: {Departments} departments of {Region} with open {Year} filings", departments.Count, Region, year);
    }

    /// <summary>A stable id for a department name, so demo URLs survive a restart.</summary>
    public static string DepartmentIdOf(string name) =>
        "d" + Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(name)))[..8];

    private static string ShortName(string name) =>
        name.Replace("广州高新技术产业开发区", string.Empty, StringComparison.Ordinal).Replace("广州开发区", string.Empty, StringComparison.Ordinal)
            .Replace("广州市", string.Empty, StringComparison.Ordinal).Replace("管理委员会", "管委会", StringComparison.Ordinal);

    public Task StartAsync(CancellationToken cancellationToken) => Task.CompletedTask;

    public Task StartedAsync(CancellationToken cancellationToken) => Task.CompletedTask;

    public Task StoppingAsync(CancellationToken cancellationToken) => Task.CompletedTask;

    public Task StopAsync(CancellationToken cancellationToken) => Task.CompletedTask;

    public Task StoppedAsync(CancellationToken cancellationToken) => Task.CompletedTask;
}
