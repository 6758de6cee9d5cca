using PerfWorkflow.Documents;
using PerfWorkflow.Domain.Validation;

namespace PerfWorkflow.Cli;

/// <summary>Reads a .txt or .xlsx file into a form, or explains in Chinese why it cannot.</summary>
public static class FormFile
{
    /// <summary>
    /// Far above the importers' own limits (2 MB text, 5 MB workbook), so they give the precise message; this one
    /// only keeps a wrong path (a disk image, a video) from being read into memory whole.
    /// </summary>
    private const long MaxReadBytes = 64L * 1024 * 1024;

    public static LoadedForm Load(string path)
    {
        var bytes = ReadBytes(path);
        var outcome = FormDocumentImporter.Import(bytes);
        if (outcome.Form is null)
        {
            var reason = outcome.Notes.FirstOrDefault(n => n.Severity == FindingSeverity.Error)?.Message
                ?? "文件中没有可识别的绩效表格。";
            throw new InputProblemException($"无法导入文件“{path}”：{reason}");
        }

        return new LoadedForm(path, outcome.Kind, outcome.Form, outcome.Notes);
    }

    private static byte[] ReadBytes(string path)
    {
        if (string.IsNullOrWhiteSpace(path))
        {
            throw new InputProblemException("文件路径为空。");
        }

        if (Directory.Exists(path))
        {
            throw new InputProblemException($"“{path}”是一个目录，请指定一个 .txt 或 .xlsx 文件。");
        }

        try
        {
            var info = new FileInfo(path);
            if (!info.Exists)
            {
                throw new InputProblemException($"找不到文件“{path}”，请检查路径是否正确。");
            }

            if (info.Length > MaxReadBytes)
            {
                throw new InputProblemException($"文件“{path}”过大（{info.Length / 1024.0 / 1024.0:F1} MB），不是绩效表格文件。");
            }

            return File.ReadAllBytes(path);
        }
        catch (UnauthorizedAccessException)
        {
            throw new InputProblemException($"没有读取文件“{path}”的权限。");
        }
        catch (Exception exception) when (exception is IOException or ArgumentException or NotSupportedException)
        {
            throw new InputProblemException($"无法读取文件“{path}”：{exception.Message}");
        }
    }
}
