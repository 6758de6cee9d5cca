using PerfWorkflow.Documents;
using PerfWorkflow.Domain.Filings;
using PerfWorkflow.Domain.Forms;
using PerfWorkflow.Domain.Validation;

namespace PerfWorkflow.Filing.Demo;

/// <summary>
/// One real filing read for the demo: its form, the department that filed it, and the filing (year and stage) it
/// belongs to. Declarations belong to the demo year's 申报; a form that states its year, to that year's stage.
/// </summary>
public sealed record DemoSeed(string File, IFormDocument Form, IReadOnlyList<Finding> Notes, string DepartmentName, int FiscalYear, CycleStage Stage)
{
    public static DemoSeed? Read(string path, int demoYear)
    {
        var outcome = FormDocumentImporter.Import(System.IO.File.ReadAllBytes(path));
        if (outcome.Form is not { } form)
        {
            return null;
        }

        var department = form.DepartmentName;
        var year = form.StatedYear?.Year ?? demoYear;
        return string.IsNullOrWhiteSpace(department)
            ? null
            : new DemoSeed(Path.GetFileName(path), form, outcome.Notes, department.Replace("（部门）", string.Empty, StringComparison.Ordinal).Trim(), year, FormKinds.Of(form).Stage);
    }
}
