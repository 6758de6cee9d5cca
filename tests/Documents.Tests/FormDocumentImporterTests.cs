using System.Text;
using PerfWorkflow.Documents.Text;
using PerfWorkflow.Documents.Xlsx;
using PerfWorkflow.Domain.Forms;

namespace PerfWorkflow.Documents.Tests;

public class FormDocumentImporterTests
{
    [Theory]
    [InlineData(Seed.Declaration000, FormKind.DepartmentDeclaration, typeof(DepartmentBudgetDeclaration))]
    [InlineData(Seed.Report001, FormKind.SelfEvaluationReport, typeof(SelfEvaluationReport))]
    [InlineData(Seed.ProjectTable002, FormKind.ProjectTable, typeof(ProjectPerformanceTable))]
    [InlineData(Seed.SelfEvaluation003, FormKind.SelfEvaluationTable, typeof(DepartmentSelfEvaluationTable))]
    public void Text_filings_go_to_their_importer(string seed, FormKind kind, Type formType)
    {
        var outcome = FormDocumentImporter.Import(Seed.Bytes(seed));
        Assert.True(outcome.Succeeded);
        Assert.Equal(kind, outcome.Kind);
        Assert.IsType(formType, outcome.Form);
    }

    [Fact]
    public void Workbooks_go_to_their_importer()
    {
        var table = ProjectTableTextImporter.Import(Seed.Text(Seed.ProjectTable002)).Form!;
        var outcome = FormDocumentImporter.Import(ProjectTableXlsx.Export(table));
        Assert.Equal(FormKind.ProjectTable, outcome.Kind);
        Assert.Equal(420.66m, Assert.IsType<ProjectPerformanceTable>(outcome.Form).TotalRow!.Total);

        var list = new RectificationList { DepartmentName = "某局", FiscalYear = 2025 };
        Assert.Equal(FormKind.RectificationList, FormDocumentImporter.Import(RectificationListXlsx.Export(list)).Kind);
    }

    [Theory]
    [InlineData("关于做好预算工作的通知", "import.unrecognised")]
    [InlineData("", "import.empty")]
    [InlineData("2025年绩效运行监控表", "import.text-unsupported")]
    public void Unknown_or_unsupported_text_is_an_error(string text, string code)
    {
        var outcome = FormDocumentImporter.Import(Encoding.UTF8.GetBytes(text));
        Assert.False(outcome.Succeeded);
        Assert.Equal(code, Assert.Single(outcome.Notes).Code);
    }

    [Fact]
    public void A_broken_workbook_is_reported_once()
    {
        var bytes = DepartmentDeclarationXlsx.Export(new DepartmentBudgetDeclaration { DepartmentName = "某局" });
        var outcome = FormDocumentImporter.Import(bytes[..(bytes.Length / 3)]);
        Assert.Equal("import.not-xlsx", Assert.Single(outcome.Notes).Code);
    }
}
