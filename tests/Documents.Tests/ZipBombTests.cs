using PerfWorkflow.Documents.Text;
using PerfWorkflow.Documents.Xlsx;
using PerfWorkflow.Testing;

namespace PerfWorkflow.Documents.Tests;

/// <summary>
/// A hostile package is refused before the OpenXml SDK inflates it, without allocating much. Allocation, not wall-clock
/// time, is asserted: it is deterministic, and an inflated bomb cannot stay under it (speed is for benchmarks).
/// </summary>
public class ZipBombTests
{
    private static readonly byte[] RealWorkbook =
        DepartmentDeclarationXlsx.Export(DepartmentDeclarationTextImporter.Import(Seed.Text(Seed.Declaration000)).Form!);

    [Fact]
    public void A_sheet_that_unpacks_to_a_hundred_megabytes_is_refused_without_being_inflated()
    {
        var bomb = ZipBomb.RepeatedSheet(100L * 1024 * 1024, RealWorkbook);
        Assert.True(bomb.Length < 1024 * 1024, $"the bomb should be small on the wire, is {bomb.Length} bytes");

        var allocatedBefore = GC.GetAllocatedBytesForCurrentThread();
        var outcome = FormDocumentImporter.Import(bomb);
        var allocated = GC.GetAllocatedBytesForCurrentThread() - allocatedBefore;

        Assert.Null(outcome.Form);
        var note = Assert.Single(outcome.Notes);
        Assert.Equal("import.unpacked-too-large", note.Code);
        Assert.Matches(@"\p{IsCJKUnifiedIdeographs}", note.Message);
        Assert.True(allocated < 16L * 1024 * 1024, $"refusal allocated {allocated / 1024 / 1024} MB");
    }

    [Fact]
    public void Each_xlsx_importer_refuses_the_bomb_on_its_own()
    {
        var bomb = ZipBomb.RepeatedSheet(100L * 1024 * 1024, RealWorkbook);
        var allocatedBefore = GC.GetAllocatedBytesForCurrentThread();
        var notes = DepartmentDeclarationXlsx.Import(bomb).Notes;
        var allocated = GC.GetAllocatedBytesForCurrentThread() - allocatedBefore;
        Assert.Equal("import.unpacked-too-large", Assert.Single(notes).Code);
        Assert.True(allocated < 16L * 1024 * 1024, $"refusal allocated {allocated / 1024 / 1024} MB");
    }

    [Fact]
    public void A_package_that_unpacks_past_the_total_limit_at_a_modest_ratio_is_refused()
    {
        // Random-looking text compresses far below 100:1, so only the total-size limit can stop it.
        var random = new Random(14);
        using var output = new MemoryStream();
        using (var archive = new System.IO.Compression.ZipArchive(output, System.IO.Compression.ZipArchiveMode.Create, leaveOpen: true))
        {
            for (var part = 0; part < 3; part++)
            {
                using var stream = archive.CreateEntry($"xl/media/noise{part}.bin").Open();
                var noise = new byte[4 * 1024 * 1024];
                random.NextBytes(noise);
                stream.Write(noise);
            }
        }

        var outcome = FormDocumentImporter.Import(output.ToArray());
        Assert.Equal("import.unpacked-too-large", Assert.Single(outcome.Notes).Code);
    }

    [Fact]
    public void A_package_of_thousands_of_entries_is_refused()
    {
        var outcome = FormDocumentImporter.Import(ZipBomb.ManyEntries(5000, RealWorkbook));
        Assert.Equal("import.unpacked-too-large", Assert.Single(outcome.Notes).Code);
    }

    [Fact]
    public void A_real_workbook_passes_the_limits()
    {
        Assert.Null(XlsxPackageLimits.Check(RealWorkbook));
        Assert.NotNull(FormDocumentImporter.Import(RealWorkbook).Form);
    }
}
