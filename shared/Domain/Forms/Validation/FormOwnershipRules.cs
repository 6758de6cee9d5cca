using PerfWorkflow.Domain.Validation;

namespace PerfWorkflow.Domain.Forms.Validation;

/// <summary>
/// Whose form a file is: the 部门名称 and the year it states must be the filing's, or another department's (or
/// another year's) figures would be filed under this one. A form that states no year (申报表, 项目支出绩效目标表)
/// is checked by its department only. Names compare without spaces and the "（部门）" some forms append.
/// </summary>
public static class FormOwnershipRules
{
    public const string DepartmentMismatch = "import.department-mismatch";
    public const string YearMismatch = "import.year-mismatch";

    public static IReadOnlyList<Finding> Validate(IFormDocument form, string departmentName, int fiscalYear)
    {
        ArgumentNullException.ThrowIfNull(form);
        var statedName = form.DepartmentName;
        var findings = new List<Finding>();
        if (Normalise(statedName) != Normalise(departmentName))
        {
            findings.Add(new Finding(DepartmentMismatch, FindingSeverity.Error, "departmentName",
                string.IsNullOrWhiteSpace(statedName)
                    ? $"文件中未写部门名称，无法确认是“{departmentName}”的表单；请使用本部门的表单。"
                    : $"文件中的部门名称“{statedName.Trim()}”与本档案的部门“{departmentName}”不一致；请导入本部门的表单。"));
        }

        if (form.StatedYear is { } stated && stated.Year != fiscalYear)
        {
            findings.Add(new Finding(YearMismatch, FindingSeverity.Error, stated.FieldPath,
                stated.Year == 0
                    ? $"文件中未写{stated.Label}，无法确认是{fiscalYear}年度的表单。"
                    : $"文件中的{stated.Label}“{stated.Year}年”与本档案的年度“{fiscalYear}年”不一致；请导入{fiscalYear}年度的表单。"));
        }

        return findings;
    }

    private static string Normalise(string name)
    {
        var compact = string.Concat(name.Where(c => !char.IsWhiteSpace(c)));
        foreach (var suffix in new[] { "（部门）", "(部门)", "（单位）", "(单位)" })
        {
            if (compact.EndsWith(suffix, StringComparison.Ordinal))
            {
                compact = compact[..^suffix.Length];
            }
        }

        return compact;
    }
}
