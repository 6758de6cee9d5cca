using PerfWorkflow.Documents;
using PerfWorkflow.Domain.Filings;
using PerfWorkflow.Domain.Forms;
using PerfWorkflow.Domain.Validation;

namespace PerfWorkflow.Filing.Demo;

/// <summary>
/// One real filing read for the demo: its form, the department that filed it, and the filing (year and stage) it
/// belongs to. Declarations belong to the demo year's 申报; a self-evaluation to its own year's 自评.
/// </summary>
public sealed record DemoSeed(string File, FormKind Kind, object Form, IReadOnlyList<Finding> Notes, string DepartmentName, int FiscalYear, CycleStage Stage)
{
    public static DemoSeed? Read(string path, int demoYear)
    {
        var outcome = FormDocumentImporter.Import(System.IO.File.ReadAllBytes(path));
        if (outcome.Form is null)
        {
            return null;
        }

        var (department, year) = outcome.Form switch
        {
            DepartmentBudgetDeclaration d => (d.DepartmentName, demoYear),
            ProjectPerformanceTable t => (t.DepartmentName, demoYear),
            SelfEvaluationReport r => (r.DepartmentName, r.FiscalYear),
            DepartmentSelfEvaluationTable t => (t.DepartmentName, t.EvaluatedYear),
            PerformanceMonitoringForm m => (m.DepartmentName, m.FiscalYear),
            RectificationList l => (l.DepartmentName, l.FiscalYear),
            _ => (string.Empty, demoYear),
        };
        var stage = Application.FormDocuments.StageOf(outcome.Kind);
        return string.IsNullOrWhiteSpace(department) || stage is null
            ? null
            : new DemoSeed(Path.GetFileName(path), outcome.Kind, outcome.Form, outcome.Notes, department.Replace("（部门）", string.Empty, StringComparison.Ordinal).Trim(), year, stage.Value);
    }
}
