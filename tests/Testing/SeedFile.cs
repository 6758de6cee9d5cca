using System.Globalization;
using System.Text;

namespace PerfWorkflow.Testing;

/// <summary>
/// A seed (services/Host/DemoData) as another department would upload it: the seed's 部门名称, and its year where the
/// form states one, rewritten to the filing's, because an import naming another department or year gets an error
/// finding (import.department-mismatch / import.year-mismatch). Every figure and indicator stays as the real filing has it.
/// </summary>
public static class SeedFile
{
    public const string Declaration000 = "1-tianhe-science-park.declaration.txt";
    public const string Report001 = "2-suigang-park.self-evaluation-report-2022.txt";
    public const string ProjectTable002 = "3-suigang-park.project-table.txt";
    public const string SelfEvaluation003 = "4-tianhe-cbd.self-evaluation-table-2021.txt";
    public const string Declaration004 = "5-panyu-industry-bureau.declaration.txt";

    private static readonly Dictionary<string, (string Department, string? YearText, string? YearPattern)> Owners = new()
    {
        [Declaration000] = ("广州高新技术产业开发区天河科技园管理委员会", null, null),
        [Report001] = ("广州开发区穗港科技合作园管理委员会", "2022 年部门整体支出绩效自评报告", "{0} 年部门整体支出绩效自评报告"),
        [ProjectTable002] = ("广州开发区穗港科技合作园管理委员会", null, null),
        [SelfEvaluation003] = ("广州市天河中央商务区管理委员会", "被评价年度 2021年", "被评价年度 {0}年"),
        [Declaration004] = ("广州市番禺区科技工业商务和信息化局", null, null),
    };

    /// <summary>The seed's bytes with its department (and year) replaced by <paramref name="departmentName"/> and <paramref name="fiscalYear"/>.</summary>
    public static byte[] As(string seed, string departmentName, int fiscalYear)
    {
        var (department, yearText, yearPattern) = Owners[seed];
        var text = File.ReadAllText(Path.Combine(RepositoryPaths.Seeds, seed), Encoding.UTF8);
        text = Replace(text, department, departmentName);
        if (yearText is not null)
        {
            text = Replace(text, yearText, string.Format(CultureInfo.InvariantCulture, yearPattern!, fiscalYear));
        }

        return Encoding.UTF8.GetBytes(text);
    }

    private static string Replace(string text, string from, string to) =>
        text.Contains(from, StringComparison.Ordinal)
            ? text.Replace(from, to, StringComparison.Ordinal)
            : throw new InvalidOperationException($"The seed no longer contains “{from}”: update SeedFile.");
}
