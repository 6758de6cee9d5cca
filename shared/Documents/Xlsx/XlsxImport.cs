using PerfWorkflow.Domain.Validation;

namespace PerfWorkflow.Documents.Xlsx;

/// <summary>The common guard of every .xlsx importer: size limit, unreadable packages, and no escaping exceptions.</summary>
internal static class XlsxImport
{
    /// <summary>A form's workbook is tens of KB; 5 MB is far above any real one and keeps zip expansion bounded.</summary>
    public const int MaxBytes = 5 * 1024 * 1024;

    public static ImportResult<TForm> Run<TForm>(byte[]? bytes, string formName, Func<List<(string Name, List<List<string>> Rows)>, List<Finding>, TForm?> map)
        where TForm : class
    {
        if (bytes is null || bytes.Length == 0)
        {
            return ImportResult<TForm>.Failure("import.empty", "文件内容为空，没有可导入的表格。");
        }

        if (bytes.Length > MaxBytes)
        {
            return ImportResult<TForm>.Failure("import.too-large",
                $"文件过大（{bytes.Length / 1024.0 / 1024.0:F1} MB），超过{MaxBytes / 1024 / 1024} MB的上限，请确认是否上传了正确的文件。");
        }

        if (XlsxPackageLimits.Check(bytes) is { } refusal)
        {
            return ImportResult<TForm>.Failure(refusal);
        }

        List<(string Name, List<List<string>> Rows)> sheets;
        try
        {
            sheets = XlsxWorkbook.Read(bytes);
        }
        catch (Exception exception) when (exception is not OutOfMemoryException)
        {
            return ImportResult<TForm>.Failure("import.not-xlsx", $"文件不是有效的Excel（.xlsx）文件，无法打开：{exception.GetType().Name}。");
        }

        try
        {
            var notes = new List<Finding>();
            var form = map(sheets, notes);
            if (form is null && !notes.Any(n => n.Severity == FindingSeverity.Error))
            {
                notes.Add(new Finding("import.wrong-form", FindingSeverity.Error, "", $"Excel文件中未找到{formName}。"));
            }

            return new ImportResult<TForm>(form, notes);
        }
        catch (Exception exception) when (exception is not OutOfMemoryException)
        {
            return ImportResult<TForm>.Failure("import.internal-error", $"解析Excel中的{formName}时出错：{exception.Message}");
        }
    }
}
