using System.Globalization;
using DocumentFormat.OpenXml;
using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Spreadsheet;

namespace PerfWorkflow.Documents.Xlsx;

/// <summary>
/// Makes an exported form look like the official printed one: the title merged and centred over the table, section
/// captions merged across it, header rows bold on grey, thin borders and wrapped text in every cell, amounts with two
/// decimals, column widths from the content, and an A4 page (landscape for wide tables) fitted to one page wide with
/// the table as the print area. Rows are classified from their shape, so every form layout gets the same treatment.
/// </summary>
internal static class XlsxSheetStyle
{
    // Cell format indexes of the stylesheet below.
    private const uint Body = 1;
    private const uint Title = 2;
    private const uint Header = 3;
    private const uint Amount = 4;
    private const uint Section = 5;

    public static void AddStylesheet(WorkbookPart workbookPart)
    {
        var styles = workbookPart.AddNewPart<WorkbookStylesPart>();
        styles.Stylesheet = new Stylesheet(
            new NumberingFormats(new NumberingFormat { NumberFormatId = 164, FormatCode = "#,##0.00" }) { Count = 1 },
            new Fonts(
                new Font(new FontSize { Val = 11 }, new FontName { Val = "宋体" }),
                new Font(new Bold(), new FontSize { Val = 16 }, new FontName { Val = "宋体" }),
                new Font(new Bold(), new FontSize { Val = 11 }, new FontName { Val = "宋体" })) { Count = 3 },
            new Fills(
                new Fill(new PatternFill { PatternType = PatternValues.None }),
                new Fill(new PatternFill { PatternType = PatternValues.Gray125 }),
                new Fill(new PatternFill(new ForegroundColor { Rgb = "FFE7ECF2" }) { PatternType = PatternValues.Solid })) { Count = 3 },
            new Borders(
                new Border(),
                new Border(
                    new LeftBorder(new Color { Auto = true }) { Style = BorderStyleValues.Thin },
                    new RightBorder(new Color { Auto = true }) { Style = BorderStyleValues.Thin },
                    new TopBorder(new Color { Auto = true }) { Style = BorderStyleValues.Thin },
                    new BottomBorder(new Color { Auto = true }) { Style = BorderStyleValues.Thin },
                    new DiagonalBorder())) { Count = 2 },
            new CellFormats(
                new CellFormat(),
                Format(0, 0, 1, HorizontalAlignmentValues.Left),
                Format(1, 0, 0, HorizontalAlignmentValues.Center),
                Format(2, 2, 1, HorizontalAlignmentValues.Center),
                new CellFormat(new Alignment { Vertical = VerticalAlignmentValues.Center, Horizontal = HorizontalAlignmentValues.Right })
                {
                    NumberFormatId = 164, FontId = 0, FillId = 0, BorderId = 1, ApplyNumberFormat = true, ApplyBorder = true, ApplyAlignment = true,
                },
                Format(2, 2, 1, HorizontalAlignmentValues.Left)) { Count = 6 });
        styles.Stylesheet.Save();
    }

    /// <summary>Styles the sheet's cells and adds widths, merges, print area and A4 page set-up to its worksheet.</summary>
    public static void Apply(Worksheet worksheet, SheetData data, IReadOnlyList<IReadOnlyList<object?>> rows, string sheetName, DefinedNames definedNames, uint sheetIndex)
    {
        var width = Math.Max(1, rows.Count == 0 ? 1 : rows.Max(r => r.Count));
        var lastColumn = XlsxColumns.Name(width - 1);
        var merges = new List<string>();
        var rowElements = data.Elements<Row>().ToList();
        for (var r = 0; r < rows.Count; r++)
        {
            var cells = rows[r];
            var filled = cells.Count(v => v is not null);
            var kind = r == 0 ? Title
                : filled == 1 && cells[0] is string && width > 1 ? Section
                : filled >= 3 && cells.All(v => v is null or string) && LooksLikeHeader(cells) ? Header
                : Body;
            var row = rowElements[r];
            EnsureCells(row, r, kind == Title || kind == Section ? 1 : width);
            foreach (var cell in row.Elements<Cell>())
            {
                cell.StyleIndex = kind switch
                {
                    Title or Section or Header => kind,
                    _ => cell.DataType?.Value == CellValues.Number ? Amount : Body,
                };
            }

            var rowNumber = (r + 1).ToString(CultureInfo.InvariantCulture);
            if ((kind == Title || kind == Section) && width > 1)
            {
                merges.Add($"A{rowNumber}:{lastColumn}{rowNumber}");
                if (kind == Section)
                {
                    EnsureCells(row, r, width, Section);
                }
            }
            else if (kind == Body && cells.Count == 2 && width > 2 && cells[1] is string)
            {
                // A label and its text ("部门名称", "总体绩效目标"): the text spans the rest of the table.
                merges.Add($"B{rowNumber}:{lastColumn}{rowNumber}");
                EnsureCells(row, r, width, Body);
            }

            if (kind == Title)
            {
                row.Height = 30;
                row.CustomHeight = true;
            }
        }

        var columns = new Columns();
        for (var c = 0; c < width; c++)
        {
            var widest = rows.Skip(1).Where(r => c < r.Count && !(r.Count(v => v is not null) == 1 && width > 1))
                .Select(r => DisplayWidth(r[c])).DefaultIfEmpty(8).Max();
            columns.Append(new Column { Min = (uint)(c + 1), Max = (uint)(c + 1), Width = Math.Clamp(widest + 2, 10, 42), CustomWidth = true });
        }

        worksheet.InsertBefore(columns, data);
        worksheet.InsertBefore(new SheetProperties(new PageSetupProperties { FitToPage = true }), columns);
        if (merges.Count > 0)
        {
            worksheet.InsertAfter(new MergeCells(merges.Select(m => new MergeCell { Reference = m })) { Count = (uint)merges.Count }, data);
        }

        worksheet.Append(
            new PrintOptions { HorizontalCentered = true },
            new PageMargins { Left = 0.5, Right = 0.5, Top = 0.6, Bottom = 0.6, Header = 0.3, Footer = 0.3 },
            new PageSetup { PaperSize = 9, Orientation = width > 5 ? OrientationValues.Landscape : OrientationValues.Portrait, FitToWidth = 1, FitToHeight = 0 });
        definedNames.Append(new DefinedName($"'{sheetName.Replace("'", "''", StringComparison.Ordinal)}'!$A$1:${lastColumn}${Math.Max(1, rows.Count)}")
        {
            Name = "_xlnm.Print_Area",
            LocalSheetId = sheetIndex,
        });
    }

    private static CellFormat Format(uint font, uint fill, uint border, HorizontalAlignmentValues horizontal) =>
        new(new Alignment { WrapText = true, Vertical = VerticalAlignmentValues.Center, Horizontal = horizontal })
        {
            FontId = font, FillId = fill, BorderId = border, ApplyFont = true, ApplyFill = fill != 0, ApplyBorder = border != 0, ApplyAlignment = true,
        };

    // A header row names columns: short captions, none of them a sentence.
    private static bool LooksLikeHeader(IReadOnlyList<object?> cells) =>
        cells.All(v => v is not string text || (text.Length <= 16 && !text.Contains('。', StringComparison.Ordinal)));

    /// <summary>Adds empty cells so borders run across the whole table width (merged areas need their cells too).</summary>
    private static void EnsureCells(Row row, int rowIndex, int width, uint? style = null)
    {
        var existing = row.Elements<Cell>().Select(c => c.CellReference?.Value).OfType<string>().ToHashSet(StringComparer.Ordinal);
        for (var c = 0; c < width; c++)
        {
            var reference = XlsxColumns.Name(c) + (rowIndex + 1).ToString(CultureInfo.InvariantCulture);
            if (!existing.Contains(reference))
            {
                var cell = new Cell { CellReference = reference, StyleIndex = style };
                var after = row.Elements<Cell>().LastOrDefault(x => XlsxColumns.Index(x.CellReference?.Value ?? "A") < c);
                if (after is null)
                {
                    row.PrependChild(cell);
                }
                else
                {
                    after.InsertAfterSelf(cell);
                }
            }
        }
    }

    // East Asian characters print about twice as wide as Latin ones.
    private static double DisplayWidth(object? value)
    {
        var text = value switch
        {
            null => "",
            decimal d => d.ToString("#,##0.00", CultureInfo.InvariantCulture),
            _ => Convert.ToString(value, CultureInfo.InvariantCulture) ?? "",
        };
        return text.Sum(ch => ch > 0x2E80 ? 2.0 : 1.0);
    }
}
