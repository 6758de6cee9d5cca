using System.Text;
using FsCheck;
using FsCheck.Fluent;
using PerfWorkflow.Documents.Text;
using PerfWorkflow.Domain.Validation;

namespace PerfWorkflow.Documents.Tests;

/// <summary>Every importer turns bad input into an error result with a Chinese message; nothing escapes as an exception.</summary>
public class ImporterRobustnessTests
{
    private static readonly string[] ImporterNames = ["declaration", "project-table", "self-evaluation-table", "report"];

    public static TheoryData<string> Importers => [.. ImporterNames];

    private static (object? Form, IReadOnlyList<Finding> Notes, bool Succeeded) Run(string importer, byte[] bytes) => importer switch
    {
        "declaration" => Unpack(DepartmentDeclarationTextImporter.Import(bytes)),
        "project-table" => Unpack(ProjectTableTextImporter.Import(bytes)),
        "self-evaluation-table" => Unpack(SelfEvaluationTableTextImporter.Import(bytes)),
        "report" => Unpack(SelfEvaluationReportTextImporter.Import(bytes)),
        _ => throw new ArgumentOutOfRangeException(nameof(importer)),
    };

    private static (object? Form, IReadOnlyList<Finding> Notes, bool Succeeded) Unpack<T>(ImportResult<T> result)
        where T : class => (result.Form, result.Notes, result.Succeeded);

    private static string SeedOf(string importer) => importer switch
    {
        "declaration" => Seed.Declaration000,
        "project-table" => Seed.ProjectTable002,
        "self-evaluation-table" => Seed.SelfEvaluation003,
        _ => Seed.Report001,
    };

    private static void AssertChineseError(IReadOnlyList<Finding> notes, string expectedCode)
    {
        var error = Assert.Single(notes, n => n.Severity == FindingSeverity.Error && n.Code == expectedCode);
        Assert.Matches(@"\p{IsCJKUnifiedIdeographs}", error.Message);
    }

    [Theory]
    [MemberData(nameof(Importers))]
    public void Random_bytes_are_rejected_as_not_text(string importer)
    {
        var bytes = new byte[4096];
        new Random(20261122).NextBytes(bytes);
        var (form, notes, succeeded) = Run(importer, bytes);
        Assert.False(succeeded);
        Assert.Null(form);
        AssertChineseError(notes, "import.not-text");
    }

    [Theory]
    [MemberData(nameof(Importers))]
    public void Empty_and_blank_input_is_rejected(string importer)
    {
        foreach (var bytes in new[] { Array.Empty<byte>(), Encoding.UTF8.GetBytes(" \n\t\r\n ") })
        {
            var (form, notes, succeeded) = Run(importer, bytes);
            Assert.False(succeeded);
            Assert.Null(form);
            AssertChineseError(notes, "import.empty");
        }
    }

    [Theory]
    [MemberData(nameof(Importers))]
    public void Ten_megabytes_are_rejected_as_too_large(string importer)
    {
        var seed = Seed.Bytes(SeedOf(importer));
        var big = new byte[10 * 1024 * 1024];
        for (var offset = 0; offset < big.Length; offset += seed.Length)
        {
            Array.Copy(seed, 0, big, offset, Math.Min(seed.Length, big.Length - offset));
        }

        var (form, notes, succeeded) = Run(importer, big);
        Assert.False(succeeded);
        Assert.Null(form);
        AssertChineseError(notes, "import.too-large");
    }

    /// <summary>
    /// The tab-separated project table is left out here: cut between two rows, or inside its last cell, it is a
    /// complete shorter table and nothing in it can tell. Its truncated rows are tested below.
    /// </summary>
    [Theory]
    [InlineData("declaration")]
    [InlineData("self-evaluation-table")]
    [InlineData("report")]
    public void A_filing_cut_in_half_reports_what_is_missing(string importer)
    {
        var text = Seed.Text(SeedOf(importer));
        var cut = Encoding.UTF8.GetBytes(text[..(text.Length / 2)]);
        var (form, notes, succeeded) = Run(importer, cut);
        Assert.False(succeeded);
        Assert.NotNull(form); // what was read is kept, and the notes say what is missing
        Assert.Contains(notes, n => n.Severity == FindingSeverity.Error && n.Message.Contains("未", StringComparison.Ordinal));
    }

    [Fact]
    public void A_project_row_cut_short_is_an_error_naming_the_line()
    {
        var lines = Seed.Text(Seed.ProjectTable002).Split('\n').ToList();
        var row = lines.FindIndex(l => l.StartsWith("企业服务工作经费\t", StringComparison.Ordinal));
        lines[row] = string.Join('\t', lines[row].Split('\t').Take(3));
        lines.Insert(row + 1, "");
        var result = ProjectTableTextImporter.Import(string.Join('\n', lines));
        Assert.False(result.Succeeded);
        var note = Assert.Single(result.Notes, n => n.Code == "import.row-truncated");
        Assert.Contains($"第{row + 1}行只有3列", note.Message, StringComparison.Ordinal);
        Assert.Equal(8, result.Form!.Rows.Count);
    }

    [Fact]
    public void A_project_table_cut_inside_a_row_is_an_error()
    {
        var text = Seed.Text(Seed.ProjectTable002);
        var row = text.IndexOf("房租物业管理及水电费\t", StringComparison.Ordinal);
        var target = text.IndexOf("保障正常办公用房", row, StringComparison.Ordinal);
        var result = ProjectTableTextImporter.Import(Encoding.UTF8.GetBytes(text[..(target + 5)]));
        Assert.False(result.Succeeded);
        AssertChineseError(result.Notes, "import.row-truncated");
        Assert.Equal("保障正常办", result.Form!.Rows[^1].PerformanceTarget);
    }

    [Theory]
    [MemberData(nameof(Importers))]
    public void Another_form_is_rejected_as_the_wrong_form(string importer)
    {
        var other = importer == "declaration" ? Seed.ProjectTable002 : Seed.Declaration000;
        var (form, notes, _) = Run(importer, Seed.Bytes(other));
        Assert.Null(form);
        AssertChineseError(notes, "import.wrong-form");
    }

    /// <summary>Any cut, any dropped lines, any shuffle of a real filing: a result comes back, never an exception.</summary>
    [Fact]
    public void Mangled_filings_never_throw()
    {
        var seeds = new[] { Seed.Declaration000, Seed.Report001, Seed.ProjectTable002, Seed.SelfEvaluation003, Seed.Declaration004 }
            .Select(Seed.Text).ToArray();
        var mangled =
            from seed in Gen.Elements(seeds)
            from start in Gen.Choose(0, 2000)
            from length in Gen.Choose(0, 12000)
            from drop in Gen.Choose(2, 9)
            from tabs in Gen.Elements(true, false)
            select Mangle(seed, start, length, drop, tabs);

        Check.One(Config.QuickThrowOnFailure.WithMaxTest(200), Prop.ForAll(mangled.ToArbitrary(), text =>
            ImporterNames.All(importer =>
            {
                var (form, notes, succeeded) = Run(importer, Encoding.UTF8.GetBytes(text));
                return notes is not null && (succeeded ? form is not null : notes.Any(n => n.Severity == FindingSeverity.Error));
            })));
    }

    private static string Mangle(string seed, int start, int length, int dropEvery, bool tabsToSpaces)
    {
        var from = Math.Min(start, seed.Length);
        var slice = seed.Substring(from, Math.Min(length, seed.Length - from));
        var lines = slice.Split('\n').Where((_, i) => i % dropEvery != 1);
        var text = string.Join('\n', lines);
        return tabsToSpaces ? text.Replace('\t', ' ') : text;
    }

    [Theory]
    [MemberData(nameof(Importers))]
    public void Null_input_is_an_error_result(string importer)
    {
        var result = importer switch
        {
            "declaration" => Unpack(DepartmentDeclarationTextImporter.Import((byte[]?)null)),
            "project-table" => Unpack(ProjectTableTextImporter.Import((string?)null)),
            "self-evaluation-table" => Unpack(SelfEvaluationTableTextImporter.Import((byte[]?)null)),
            _ => Unpack(SelfEvaluationReportTextImporter.Import((string?)null)),
        };
        Assert.False(result.Succeeded);
        AssertChineseError(result.Notes, "import.empty");
    }

    /// <summary>Just under the size limit, a filing repeated many times is still read in seconds, not minutes.</summary>
    [Theory]
    [MemberData(nameof(Importers))]
    public void The_largest_allowed_input_is_read_without_error(string importer)
    {
        var seed = Seed.Text(SeedOf(importer));
        var text = new StringBuilder();
        while (Encoding.UTF8.GetByteCount(text.ToString()) + Encoding.UTF8.GetByteCount(seed) < InputText.MaxBytes)
        {
            text.Append(seed).Append('\n');
        }

        var (_, notes, _) = Run(importer, Encoding.UTF8.GetBytes(text.ToString()));
        Assert.NotNull(notes);
        Assert.DoesNotContain(notes, n => n.Code is "import.too-large" or "import.internal-error" or "import.not-text");
    }
}
