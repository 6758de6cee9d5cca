using System.IO.Compression;
using System.Text;

namespace PerfWorkflow.Testing;

/// <summary>
/// Hostile .xlsx packages: the parts of a real workbook with one sheet swapped for a huge run of repeated bytes (which
/// deflate squeezes more than 1000:1), or padded with thousands of tiny entries.
/// </summary>
public static class ZipBomb
{
    /// <summary>A workbook whose first worksheet unpacks to <paramref name="unpackedBytes"/> of repeated rows.</summary>
    public static byte[] RepeatedSheet(long unpackedBytes, byte[]? realWorkbook = null)
    {
        using var output = new MemoryStream();
        using (var archive = new ZipArchive(output, ZipArchiveMode.Create, leaveOpen: true))
        {
            var sheetName = FirstWorksheet(realWorkbook) ?? "xl/worksheets/sheet1.xml";
            CopyParts(realWorkbook, archive, skip: sheetName);
            var sheet = archive.CreateEntry(sheetName, CompressionLevel.SmallestSize);
            using var stream = sheet.Open();
            stream.Write("<worksheet xmlns=\"http://schemas.openxmlformats.org/spreadsheetml/2006/main\"><sheetData>"u8);
            var chunk = Encoding.ASCII.GetBytes(string.Concat(Enumerable.Repeat("<row/>", 64 * 1024 / 6)));
            for (var written = 0L; written < unpackedBytes; written += chunk.Length)
            {
                stream.Write(chunk);
            }

            stream.Write("</sheetData></worksheet>"u8);
        }

        return output.ToArray();
    }

    /// <summary>A workbook padded with <paramref name="entries"/> tiny parts.</summary>
    public static byte[] ManyEntries(int entries, byte[]? realWorkbook = null)
    {
        using var output = new MemoryStream();
        using (var archive = new ZipArchive(output, ZipArchiveMode.Create, leaveOpen: true))
        {
            CopyParts(realWorkbook, archive, skip: null);
            for (var i = 0; i < entries; i++)
            {
                using var stream = archive.CreateEntry($"xl/media/pad{i}.bin", CompressionLevel.Fastest).Open();
                stream.WriteByte((byte)i);
            }
        }

        return output.ToArray();
    }

    private static string? FirstWorksheet(byte[]? workbook)
    {
        if (workbook is null)
        {
            return null;
        }

        using var source = new ZipArchive(new MemoryStream(workbook), ZipArchiveMode.Read);
        return source.Entries.Select(e => e.FullName).FirstOrDefault(n => n.StartsWith("xl/worksheets/", StringComparison.Ordinal));
    }

    private static void CopyParts(byte[]? workbook, ZipArchive target, string? skip)
    {
        if (workbook is null)
        {
            return;
        }

        using var source = new ZipArchive(new MemoryStream(workbook), ZipArchiveMode.Read);
        foreach (var entry in source.Entries.Where(e => e.FullName != skip))
        {
            using var from = entry.Open();
            using var to = target.CreateEntry(entry.FullName).Open();
            from.CopyTo(to);
        }
    }
}
