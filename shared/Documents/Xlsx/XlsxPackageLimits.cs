using System.IO.Compression;
using PerfWorkflow.Domain.Validation;

namespace PerfWorkflow.Documents.Xlsx;

/// <summary>
/// Refuses a zip bomb before the OpenXml SDK sees the package: an .xlsx of one form is tens of KB and unpacks to a few
/// hundred KB, so the limits below are far above any real form. Sizes are counted while inflating (a zip's own size
/// fields can lie), and inflating stops at the first limit crossed, so a bomb costs at most the limits' worth of work.
/// </summary>
public static class XlsxPackageLimits
{
    public const int MaxEntries = 256;
    public const long MaxUnpackedBytes = 8L * 1024 * 1024;
    public const long MaxRatio = 100;

    /// <summary>Entries smaller than this may compress better than the ratio (empty sheets, repeated styles).</summary>
    public const long RatioCheckedFrom = 1024 * 1024;

    /// <summary>Null when the package may be opened; otherwise why it may not.</summary>
    public static Finding? Check(byte[] bytes)
    {
        try
        {
            using var archive = new ZipArchive(new MemoryStream(bytes, writable: false), ZipArchiveMode.Read);
            if (archive.Entries.Count > MaxEntries)
            {
                return Refusal($"压缩包内有 {archive.Entries.Count} 个文件，超过 {MaxEntries} 个的上限，不像一张绩效表格。");
            }

            var total = 0L;
            var buffer = new byte[81920];
            foreach (var entry in archive.Entries)
            {
                if (entry.Length > MaxUnpackedBytes || total + entry.Length > MaxUnpackedBytes)
                {
                    return TooLarge();
                }

                using var content = entry.Open();
                var unpacked = 0L;
                int read;
                while ((read = content.Read(buffer, 0, buffer.Length)) > 0)
                {
                    unpacked += read;
                    total += read;
                    if (total > MaxUnpackedBytes)
                    {
                        return TooLarge();
                    }

                    if (unpacked > RatioCheckedFrom && unpacked > MaxRatio * Math.Max(1, entry.CompressedLength))
                    {
                        return Refusal($"文件中的“{entry.FullName}”解压后超过压缩前的 {MaxRatio} 倍，疑似压缩炸弹，已拒绝。");
                    }
                }
            }

            return null;
        }
        catch (InvalidDataException exception)
        {
            return new Finding("import.not-xlsx", FindingSeverity.Error, "", $"文件不是有效的Excel（.xlsx）文件，无法打开：{exception.GetType().Name}。");
        }
    }

    private static Finding TooLarge() =>
        Refusal($"文件解压后超过 {MaxUnpackedBytes / 1024 / 1024} MB 的上限，不像一张绩效表格，已拒绝。");

    private static Finding Refusal(string message) => new("import.unpacked-too-large", FindingSeverity.Error, "", message);
}
