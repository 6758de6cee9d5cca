using PerfWorkflow.Documents.Text;
using PerfWorkflow.Documents.Xlsx;
using PerfWorkflow.Domain.Forms;
using PerfWorkflow.Domain.Validation;

namespace PerfWorkflow.Documents;

/// <summary>
/// One entry point for an uploaded file: an .xlsx in one of the official layouts, or text copied out of a PDF.
/// Says which form it held and hands back that importer's result (<see cref="FormFormats"/> knows each kind's importers).
/// </summary>
public static class FormDocumentImporter
{
    public static FormImportOutcome Import(byte[]? bytes)
    {
        if (bytes is null || bytes.Length == 0)
        {
            return new FormImportOutcome(FormKind.Unknown, null, [new Finding("import.empty", FindingSeverity.Error, "", "文件内容为空，没有可导入的表格。")]);
        }

        return IsZip(bytes) ? ImportWorkbook(bytes) : ImportText(bytes);
    }

    private static bool IsZip(byte[] bytes) => bytes.Length >= 4 && bytes[0] == 'P' && bytes[1] == 'K' && bytes[2] == 3 && bytes[3] == 4;

    private static FormImportOutcome ImportWorkbook(byte[] bytes)
    {
        if (XlsxPackageLimits.Check(bytes) is { } refusal)
        {
            return new FormImportOutcome(FormKind.Unknown, null, [refusal]);
        }

        // Each importer recognises its own title sheet; the first that finds its form wins.
        IReadOnlyList<Finding> lastNotes = [];
        foreach (var format in FormFormats.All)
        {
            var (form, notes) = format.FromXlsx(bytes);
            if (form is not null)
            {
                return new FormImportOutcome(format.Kind, form, notes);
            }

            lastNotes = notes;
            if (notes.Any(n => n.Code is "import.not-xlsx" or "import.too-large" or "import.unpacked-too-large"))
            {
                break; // the package itself is unreadable; every importer would say the same
            }
        }

        return lastNotes.Any(n => n.Code is "import.not-xlsx" or "import.too-large" or "import.unpacked-too-large")
            ? new FormImportOutcome(FormKind.Unknown, null, lastNotes)
            : new FormImportOutcome(FormKind.Unknown, null, [new Finding("import.unrecognised", FindingSeverity.Error, "", "Excel文件中未找到任何可识别的绩效表格（申报表、项目表、监控表、自评表、自评报告或整改清单）。")]);
    }

    private static FormImportOutcome ImportText(byte[] bytes)
    {
        if (!InputText.TryDecode(bytes, out var text, out var error))
        {
            return new FormImportOutcome(FormKind.Unknown, null, [error!]);
        }

        var kind = FormRecognizer.Recognize(text);
        var format = FormFormats.Find(kind);
        var (form, notes) = format switch
        {
            { ReadsText: true } => format.FromText(text),
            { } => (null, [new Finding("import.text-unsupported", FindingSeverity.Error, "", $"{XlsxOnlyTitles}请以Excel（.xlsx）格式上传。")]),
            null => ((IFormDocument?)null, (IReadOnlyList<Finding>)[new Finding("import.unrecognised", FindingSeverity.Error, "", "无法识别文件中的表格类型，请确认文件包含表格标题（如“部门整体预算绩效目标申报表”）。")]),
        };
        return new FormImportOutcome(kind, form, notes);
    }

    /// <summary>"绩效运行监控表和整改清单": the forms only read from workbooks, as the refusal of a text names them.</summary>
    private static string XlsxOnlyTitles =>
        string.Join("和", FormFormats.All.Where(f => !f.ReadsText).OrderBy(f => f.Kind).Select(f => FormKinds.TitleOf(f.Kind)));
}
