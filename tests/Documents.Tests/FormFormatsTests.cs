using System.Text;
using PerfWorkflow.Domain.Forms;

namespace PerfWorkflow.Documents.Tests;

/// <summary>Every kind of the domain's table has a file format, and dispatch through it reaches the right importer.</summary>
public class FormFormatsTests
{
    [Fact]
    public void Every_form_kind_has_exactly_one_file_format()
    {
        Assert.Equal(FormKinds.All.Select(d => d.Kind).Order(), FormFormats.All.Select(f => f.Kind).Order());
    }

    [Fact]
    public void Every_form_exported_through_its_format_imports_back_as_the_same_kind()
    {
        IFormDocument[] oneOfEach =
        [
            new DepartmentBudgetDeclaration { DepartmentName = "某局" },
            new ProjectPerformanceTable { DepartmentName = "某局" },
            new PerformanceMonitoringForm { DepartmentName = "某局", FiscalYear = 2027 },
            new DepartmentSelfEvaluationTable { DepartmentName = "某局", EvaluatedYear = 2026 },
            new SelfEvaluationReport { DepartmentName = "某局", FiscalYear = 2026 },
            new RectificationList { DepartmentName = "某局", FiscalYear = 2027 },
        ];
        Assert.Equal(FormKinds.All.Select(d => d.Kind), oneOfEach.Select(f => FormKinds.Of(f).Kind));

        foreach (var form in oneOfEach)
        {
            var definition = FormKinds.Of(form);
            var outcome = FormDocumentImporter.Import(FormDocumentExporter.ToXlsx(form));

            Assert.Equal(definition.Kind, outcome.Kind);
            Assert.IsType(definition.DocumentType, outcome.Form);
        }
    }

    [Fact]
    public void Text_of_a_form_read_only_from_workbooks_is_refused_naming_those_forms()
    {
        var outcome = FormDocumentImporter.Import(Encoding.UTF8.GetBytes("2025年度整改清单\n部门名称 某局"));

        Assert.Equal(FormKind.RectificationList, outcome.Kind);
        Assert.Null(outcome.Form);
        Assert.Equal("绩效运行监控表和整改清单请以Excel（.xlsx）格式上传。", Assert.Single(outcome.Notes).Message);
    }
}
