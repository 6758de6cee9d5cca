using System.Text.RegularExpressions;

namespace PerfWorkflow.Filing.Demo;

/// <summary>
/// The header fields of a real filing text: which form it is, which department filed it and, when written, the year.
/// Enough to set up the demo organisation; the full forms are read by the Documents importers.
/// </summary>
public sealed partial record SeedHeader(string FormTitle, string DepartmentName, int? Year)
{
    public static SeedHeader? Read(string text)
    {
        var lines = text.Split('\n').Select(l => l.Trim()).Where(l => l.Length > 0).Take(12).ToList();
        if (lines.Count == 0)
        {
            return null;
        }

        var department = lines.Select(l => DepartmentLine().Match(l)).FirstOrDefault(m => m.Success)?.Groups["name"].Value;
        var title = lines.FirstOrDefault(l => l.EndsWith("表", StringComparison.Ordinal) || l.Contains("报告", StringComparison.Ordinal)) ?? lines[0];

        // A self-evaluation report names its department on the line above its title.
        if (department is null && title.Contains("报告", StringComparison.Ordinal))
        {
            var index = lines.IndexOf(title);
            department = index > 0 ? lines[index - 1] : null;
        }

        if (string.IsNullOrWhiteSpace(department))
        {
            return null;
        }

        var year = lines.Select(l => YearLine().Match(l)).FirstOrDefault(m => m.Success) is { } y ? int.Parse(y.Groups["year"].Value, System.Globalization.CultureInfo.InvariantCulture) : (int?)null;
        department = department.Replace("（部门）", string.Empty, StringComparison.Ordinal).Trim();
        return new SeedHeader(YearPrefix().Replace(title, string.Empty).Trim(), department, year);
    }

    [GeneratedRegex(@"^部门名称(?:（汇总）)?[：:\s]*(?<name>[^\s：:]+)")]
    private static partial Regex DepartmentLine();

    [GeneratedRegex(@"(?<year>20\d{2})\s*年")]
    private static partial Regex YearLine();

    [GeneratedRegex(@"^20\d{2}\s*年")]
    private static partial Regex YearPrefix();
}
