using PerfWorkflow.Filing.Demo;

namespace PerfWorkflow.Filing.Tests.Infrastructure;

/// <summary>The demo region the Filing service builds from the seeds: four departments and the bureau's reviewers.</summary>
public static class DemoOrganisation
{
    public const string Password = "Demo@2026";
    public const int DemoYear = 2027;
    public const string Finance1 = "finance-1";
    public const string Finance2 = "finance-2";
    public const string PerformanceOffice = "perf-office";

    /// <summary>天河科技园 (seed 000).</summary>
    public static readonly string TianheSciencePark = DemoDataSeeder.DepartmentIdOf("广州高新技术产业开发区天河科技园管理委员会");

    /// <summary>穗港科技合作园 (seeds 001, 002); its 2022 filing waits in 自评.</summary>
    public static readonly string SuiGangPark = DemoDataSeeder.DepartmentIdOf("广州开发区穗港科技合作园管理委员会");

    /// <summary>天河中央商务区 (seed 003); its 2021 filing waits in 自评.</summary>
    public static readonly string TianheCbd = DemoDataSeeder.DepartmentIdOf("广州市天河中央商务区管理委员会");

    /// <summary>番禺区科技工业商务和信息化局 (seed 004).</summary>
    public static readonly string PanyuBureau = DemoDataSeeder.DepartmentIdOf("广州市番禺区科技工业商务和信息化局");

    public static IReadOnlyList<string> Departments { get; } = [TianheSciencePark, SuiGangPark, TianheCbd, PanyuBureau];

    /// <summary>Years that already hold a demo filing for some department.</summary>
    public static IReadOnlyList<int> DemoYears { get; } = [2021, 2022, DemoYear];

    public static string FilerOf(string departmentId) => $"{departmentId}-filer";

    public static string HeadOf(string departmentId) => $"{departmentId}-head";

    public static string OtherThan(string departmentId) => Departments.First(d => d != departmentId);

    public static string NameOf(string departmentId) =>
        departmentId == TianheSciencePark ? "广州高新技术产业开发区天河科技园管理委员会"
        : departmentId == SuiGangPark ? "广州开发区穗港科技合作园管理委员会"
        : departmentId == TianheCbd ? "广州市天河中央商务区管理委员会"
        : departmentId == PanyuBureau ? "广州市番禺区科技工业商务和信息化局"
        : throw new ArgumentOutOfRangeException(nameof(departmentId), departmentId, "not a demo department");
}
