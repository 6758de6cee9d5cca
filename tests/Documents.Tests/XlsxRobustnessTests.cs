using PerfWorkflow.Documents.Text;
using PerfWorkflow.Documents.Xlsx;
using PerfWorkflow.Domain.Validation;

namespace PerfWorkflow.Documents.Tests;

/// <summary>Every .xlsx importer turns bad input into an error result with a Chinese message.</summary>
public class XlsxRobustnessTests
{
    private static readonly Func<byte[], IReadOnlyList<Finding>>[] ImporterList =
    [
        b => Check(DepartmentDeclarationXlsx.Import(b)),
        b => Check(ProjectTableXlsx.Import(b)),
        b => Check(SelfEvaluationTableXlsx.Import(b)),
        b => Check(SelfEvaluationReportXlsx.Import(b)),
        b => Check(MonitoringFormXlsx.Import(b)),
        b => Check(RectificationListXlsx.Import(b)),
    ];

    public static TheoryData<int> Importers => [.. Enumerable.Range(0, ImporterList.Length)];

    private static IReadOnlyList<Finding> Check<T>(ImportResult<T> result)
        where T : class
    {
        Assert.False(result.Succeeded);
        Assert.Null(result.Form);
        return result.Notes;
    }

    private static void AssertError(IReadOnlyList<Finding> notes, string code)
    {
        var note = Assert.Single(notes);
        Assert.Equal((code, FindingSeverity.Error), (note.Code, note.Severity));
        Assert.Matches(@"\p{IsCJKUnifiedIdeographs}", note.Message);
    }

    [Theory]
    [MemberData(nameof(Importers))]
    public void Random_bytes(int importer)
    {
        var bytes = new byte[8192];
        new Random(7).NextBytes(bytes);
        AssertError(ImporterList[importer](bytes), "import.not-xlsx");
    }

    [Theory]
    [MemberData(nameof(Importers))]
    public void Empty_input(int importer) => AssertError(ImporterList[importer]([]), "import.empty");

    [Theory]
    [MemberData(nameof(Importers))]
    public void A_workbook_cut_in_half(int importer)
    {
        var bytes = DepartmentDeclarationXlsx.Export(DepartmentDeclarationTextImporter.Import(Seed.Text(Seed.Declaration000)).Form!);
        AssertError(ImporterList[importer](bytes[..(bytes.Length / 2)]), "import.not-xlsx");
    }

    [Theory]
    [MemberData(nameof(Importers))]
    public void Ten_megabytes(int importer) => AssertError(ImporterList[importer](new byte[10 * 1024 * 1024]), "import.too-large");

    [Theory]
    [MemberData(nameof(Importers))]
    public void A_text_filing_is_not_a_workbook(int importer) =>
        AssertError(ImporterList[importer](Seed.Bytes(Seed.Declaration000)), "import.not-xlsx");
}
