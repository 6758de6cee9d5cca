using PerfWorkflow.Domain.Forms;
using PerfWorkflow.Domain.Forms.Validation;

namespace PerfWorkflow.Cli;

/// <summary>
/// A form's importer notes plus every rule that applies to it (<see cref="FormValidator"/>), and remarks on what
/// could not be checked. Field paths point into the form as "import" prints it.
/// </summary>
public static class FormValidation
{
    public static FormCheck Check(LoadedForm loaded) => Check(loaded, FormValidationOptions.Default);

    public static FormCheck Check(LoadedForm loaded, FormValidationOptions options)
    {
        ArgumentNullException.ThrowIfNull(loaded);
        var findings = loaded.ImportNotes.Select(n => ReportedFinding.From(n, ReportedFinding.ImportSource)).ToList();
        var remarks = new List<string>();
        switch (loaded.Form)
        {
            case RectificationList:
                remarks.Add("该表单没有金额或指标校验规则，仅报告导入说明。");
                break;
            case DepartmentSelfEvaluationTable table:
                var placed = SelfEvaluationIndicators.Placed(table);
                var notCheckable = placed.Count(p => !SelfEvaluationIndicators.IsCheckable(p.Entry));
                if (notCheckable > 0)
                {
                    remarks.Add($"{notCheckable}个关键指标只填写了指标完成情况（无指标分类和年度指标值），未做指标校验。");
                }

                break;
        }

        findings.AddRange(FormValidator.Validate(loaded.Form, options).Findings.Select(f => ReportedFinding.From(f, ReportedFinding.ValidationSource)));
        return new FormCheck(findings, remarks);
    }
}
