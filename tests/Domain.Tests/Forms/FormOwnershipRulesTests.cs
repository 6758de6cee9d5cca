using PerfWorkflow.Domain.Forms;
using PerfWorkflow.Domain.Forms.Validation;
using PerfWorkflow.Domain.Validation;

namespace PerfWorkflow.Domain.Tests.Forms;

/// <summary>A file imported into a filing must be that department's, of that year.</summary>
public class FormOwnershipRulesTests
{
    private const string Department = "广州市天河中央商务区管理委员会";

    [Fact]
    public void The_filings_own_form_has_no_finding_even_with_spaces_or_a_department_suffix()
    {
        var table = new DepartmentSelfEvaluationTable { DepartmentName = " 广州市天河中央商务区管理委员会（部门）", EvaluatedYear = 2027 };

        Assert.Empty(FormOwnershipRules.Validate(table, Department, 2027));
    }

    [Fact]
    public void Another_departments_form_is_an_error_naming_both_departments()
    {
        var declaration = new DepartmentBudgetDeclaration { DepartmentName = "广州市番禺区科技工业商务和信息化局" };

        var finding = Assert.Single(FormOwnershipRules.Validate(declaration, Department, 2027));

        Assert.Equal((FormOwnershipRules.DepartmentMismatch, FindingSeverity.Error, "departmentName"), (finding.Code, finding.Severity, finding.FieldPath));
        Assert.Contains("广州市番禺区科技工业商务和信息化局", finding.Message, StringComparison.Ordinal);
        Assert.Contains(Department, finding.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Another_years_form_is_an_error_naming_both_years()
    {
        var table = new DepartmentSelfEvaluationTable { DepartmentName = Department, EvaluatedYear = 2021 };

        var finding = Assert.Single(FormOwnershipRules.Validate(table, Department, 2027));

        Assert.Equal((FormOwnershipRules.YearMismatch, "evaluatedYear"), (finding.Code, finding.FieldPath));
        Assert.Contains("被评价年度“2021年”", finding.Message, StringComparison.Ordinal);
        Assert.Contains("“2027年”", finding.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void A_form_that_states_no_year_is_checked_by_its_department_only() =>
        Assert.Empty(FormOwnershipRules.Validate(new ProjectPerformanceTable { DepartmentName = Department }, Department, 2040));
}
