using System.Globalization;
using DocumentFormat.OpenXml;
using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Spreadsheet;

namespace PerfWorkflow.Documents.Xlsx;

/// <summary>
/// The thin layer over DocumentFormat.OpenXml: writes sheets of text and number cells, and reads any workbook back
/// as text cells (shared or inline strings, numbers as written). Form layouts live in the per-form classes.
/// </summary>
internal static class XlsxWorkbook
{
    public sealed record Sheet(string Name, IReadOnlyList<IReadOnlyList<object?>> Rows);

    public static byte[] Write(IReadOnlyList<Sheet> sheets)
    {
        using var stream = new MemoryStream();
        using (var document = SpreadsheetDocument.Create(stream, SpreadsheetDocumentType.Workbook))
        {
            var workbookPart = document.AddWorkbookPart();
            workbookPart.Workbook = new Workbook();
            var sheetList = workbookPart.Workbook.AppendChild(new Sheets());
            XlsxSheetStyle.AddStylesheet(workbookPart);
            var definedNames = new DefinedNames();
            uint sheetId = 1;
            foreach (var sheet in sheets)
            {
                var worksheetPart = workbookPart.AddNewPart<WorksheetPart>();
                var data = new SheetData();
                worksheetPart.Worksheet = new Worksheet(data);
                for (var r = 0; r < sheet.Rows.Count; r++)
                {
                    var row = new Row { RowIndex = (uint)(r + 1) };
                    for (var c = 0; c < sheet.Rows[r].Count; c++)
                    {
                        var cell = ToCell(sheet.Rows[r][c], XlsxColumns.Name(c) + (r + 1).ToString(CultureInfo.InvariantCulture));
                        if (cell is not null)
                        {
                            row.Append(cell);
                        }
                    }

                    data.Append(row);
                }

                XlsxSheetStyle.Apply(worksheetPart.Worksheet, data, sheet.Rows, sheet.Name, definedNames, sheetId - 1);
                sheetList.Append(new DocumentFormat.OpenXml.Spreadsheet.Sheet
                {
                    Id = workbookPart.GetIdOfPart(worksheetPart),
                    SheetId = sheetId++,
                    Name = sheet.Name,
                });
            }

            if (definedNames.HasChildren)
            {
                workbookPart.Workbook.Append(definedNames);
            }

            workbookPart.Workbook.Save();
        }

        return stream.ToArray();
    }

    /// <summary>Every sheet as rows of text cells; missing cells are empty strings.</summary>
    public static List<(string Name, List<List<string>> Rows)> Read(byte[] bytes)
    {
        using var stream = new MemoryStream(bytes, writable: false);
        using var document = SpreadsheetDocument.Open(stream, false);
        var workbookPart = document.WorkbookPart ?? throw new InvalidDataException("no workbook part");
        var sharedStrings = workbookPart.SharedStringTablePart?.SharedStringTable?.Elements<SharedStringItem>().Select(i => i.InnerText).ToList() ?? [];
        var result = new List<(string, List<List<string>>)>();
        foreach (var sheet in workbookPart.Workbook.Descendants<DocumentFormat.OpenXml.Spreadsheet.Sheet>())
        {
            if (sheet.Id?.Value is not { } id || workbookPart.GetPartById(id) is not WorksheetPart part)
            {
                continue;
            }

            var rows = new List<List<string>>();
            foreach (var row in part.Worksheet.Descendants<Row>())
            {
                var index = (int)(row.RowIndex?.Value ?? (uint)(rows.Count + 1)) - 1;
                while (rows.Count <= index)
                {
                    rows.Add([]);
                }

                foreach (var cell in row.Elements<Cell>())
                {
                    var column = cell.CellReference?.Value is { } reference ? XlsxColumns.Index(reference) : rows[index].Count;
                    while (rows[index].Count <= column)
                    {
                        rows[index].Add("");
                    }

                    rows[index][column] = CellText(cell, sharedStrings);
                }
            }

            result.Add((sheet.Name?.Value ?? "", rows));
        }

        return result;
    }

    private static Cell? ToCell(object? value, string reference) => value switch
    {
        null => null,
        decimal number => new Cell
        {
            CellReference = reference,
            DataType = CellValues.Number,
            CellValue = new CellValue(number.ToString(CultureInfo.InvariantCulture)),
        },
        int number => new Cell
        {
            CellReference = reference,
            DataType = CellValues.Number,
            CellValue = new CellValue(number.ToString(CultureInfo.InvariantCulture)),
        },
        _ => new Cell
        {
            CellReference = reference,
            DataType = CellValues.InlineString,
            InlineString = new InlineString(new DocumentFormat.OpenXml.Spreadsheet.Text(Convert.ToString(value, CultureInfo.InvariantCulture) ?? "") { Space = SpaceProcessingModeValues.Preserve }),
        },
    };

    private static string CellText(Cell cell, List<string> sharedStrings)
    {
        if (cell.DataType?.Value == CellValues.InlineString)
        {
            return cell.InlineString?.InnerText ?? "";
        }

        var raw = cell.CellValue?.Text ?? "";
        if (cell.DataType?.Value == CellValues.SharedString)
        {
            return int.TryParse(raw, NumberStyles.Integer, CultureInfo.InvariantCulture, out var i) && i >= 0 && i < sharedStrings.Count ? sharedStrings[i] : "";
        }

        return raw;
    }
}
