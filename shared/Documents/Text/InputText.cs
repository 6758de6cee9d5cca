using System.Text;
using PerfWorkflow.Domain.Validation;

namespace PerfWorkflow.Documents.Text;

/// <summary>Turns uploaded bytes into text an importer can read, or says in Chinese why it cannot.</summary>
public static class InputText
{
    /// <summary>Real filings copied out of PDFs are 5–20 KB; 2 MB leaves room for the largest department.</summary>
    public const int MaxBytes = 2 * 1024 * 1024;

    private static readonly UTF8Encoding StrictUtf8 = new(encoderShouldEmitUTF8Identifier: false, throwOnInvalidBytes: true);

    public static bool TryDecode(ReadOnlySpan<byte> bytes, out string text, out Finding? error)
    {
        text = "";
        if (bytes.Length > MaxBytes)
        {
            error = TooLarge(bytes.Length);
            return false;
        }

        if (bytes.StartsWith((ReadOnlySpan<byte>)[0xEF, 0xBB, 0xBF]))
        {
            bytes = bytes[3..];
        }

        try
        {
            text = StrictUtf8.GetString(bytes);
        }
        catch (DecoderFallbackException)
        {
            error = new Finding("import.not-text", FindingSeverity.Error, "", "文件不是UTF-8编码的文本，请另存为UTF-8文本或上传.xlsx文件后重试。");
            return false;
        }

        return TryNormalize(text, out text, out error);
    }

    /// <summary>Checks size, emptiness and binary content, and unifies line ends.</summary>
    public static bool TryNormalize(string? raw, out string text, out Finding? error)
    {
        text = "";
        if (raw is null || string.IsNullOrWhiteSpace(raw))
        {
            error = new Finding("import.empty", FindingSeverity.Error, "", "文件内容为空，没有可导入的表格。");
            return false;
        }

        if (raw.Length > MaxBytes)
        {
            error = TooLarge(raw.Length);
            return false;
        }

        var control = raw.Count(c => char.IsControl(c) && c is not '\n' and not '\r' and not '\t');
        if (control > 0 && control * 100 > raw.Length)
        {
            error = new Finding("import.not-text", FindingSeverity.Error, "", "文件含有大量不可识别的字符，可能不是文本文件。");
            return false;
        }

        text = raw.Replace("\r\n", "\n", StringComparison.Ordinal).Replace('\r', '\n');
        error = null;
        return true;
    }

    private static Finding TooLarge(long size) =>
        new("import.too-large", FindingSeverity.Error, "",
            $"文件过大（{size / 1024.0 / 1024.0:F1} MB），超过{MaxBytes / 1024 / 1024} MB的上限，请确认是否上传了正确的文件。");
}
