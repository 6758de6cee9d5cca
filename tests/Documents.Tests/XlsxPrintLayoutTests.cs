using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Spreadsheet;
using PerfWorkflow.Documents.Text;
using PerfWorkflow.Documents.Xlsx;

namespace PerfWorkflow.Documents.Tests;

/// <summary>An exported form prints like the official one: merged title and captions, borders, widths, A4 set-up, print area.</summary>
public class XlsxPrintLayoutTests
{
    private const string Sheet = "部门整体预算绩效目标申报表";

    [Fact]
    public void A_declaration_exports_with_a_merged_title_bordered_cells_widths_and_an_A4_print_area()
    {
        var form = DepartmentDeclarationTextImporter.Import(Seed.Text(Seed.Declaration000)).Form!;
        using var stream = new MemoryStream(DepartmentDeclarationXlsx.Export(form));
        using var document = SpreadsheetDocument.Open(stream, false);
        var workbook = document.WorkbookPart!;
        var worksheet = ((WorksheetPart)workbook.GetPartById(workbook.Workbook.Descendants<Sheet>().Single().Id!.Value!)).Worksheet;
        var formats = workbook.WorkbookStylesPart!.Stylesheet.CellFormats!.Elements<CellFormat>().ToList();
        var fonts = workbook.WorkbookStylesPart.Stylesheet.Fonts!.Elements<Font>().ToList();
        var rows = worksheet.Descendants<Row>().ToList();
        CellFormat FormatOf(string reference) => formats[(int)(worksheet.Descendants<Cell>().Single(c => c.CellReference == reference).StyleIndex?.Value ?? 0)];

        var merges = worksheet.Descendants<MergeCell>().Select(m => m.Reference!.Value).ToList();
        Assert.Contains("A1:E1", merges); // the title over the five columns of the indicator table
        Assert.Contains("B2:E2", merges); // 部门名称 and its value
        Assert.Contains("A3:E3", merges); // the caption 预算整体情况
        var title = FormatOf("A1");
        Assert.Equal(Sheet, worksheet.Descendants<Cell>().First().InnerText);
        Assert.NotNull(fonts[(int)title.FontId!.Value].GetFirstChild<Bold>());
        Assert.Equal(DocumentFormat.OpenXml.Spreadsheet.HorizontalAlignmentValues.Center, title.Alignment!.Horizontal!.Value);

        var header = rows.Single(r => r.Elements<Cell>().FirstOrDefault()?.InnerText == "一级指标");
        Assert.Equal(5, header.Elements<Cell>().Count());
        Assert.All(header.Elements<Cell>(), cell =>
        {
            var format = formats[(int)cell.StyleIndex!.Value];
            Assert.Equal(1u, format.BorderId!.Value);
            Assert.NotNull(fonts[(int)format.FontId!.Value].GetFirstChild<Bold>());
        });
        var lastIndicator = rows[^1].Elements<Cell>().ToList();
        Assert.All(lastIndicator, cell => Assert.True(formats[(int)cell.StyleIndex!.Value].Alignment!.WrapText!.Value));
        var amount = worksheet.Descendants<Cell>().First(c => c.DataType?.Value == CellValues.Number);
        Assert.Equal(164u, formats[(int)amount.StyleIndex!.Value].NumberFormatId!.Value);

        var columns = worksheet.Descendants<Column>().ToList();
        Assert.Equal(5, columns.Count);
        Assert.All(columns, c => Assert.InRange(c.Width!.Value, 10, 42));

        var page = worksheet.Descendants<PageSetup>().Single();
        Assert.Equal(9u, page.PaperSize!.Value); // A4
        Assert.Equal(1u, page.FitToWidth!.Value);
        Assert.True(worksheet.Descendants<PageSetupProperties>().Single().FitToPage!.Value);
        var printArea = workbook.Workbook.Descendants<DefinedName>().Single(d => d.Name == "_xlnm.Print_Area");
        Assert.Equal($"'{Sheet}'!$A$1:$E${rows.Count}", printArea.Text);
    }

    [Fact]
    public void A_styled_export_still_imports_back_to_the_same_form()
    {
        var form = DepartmentDeclarationTextImporter.Import(Seed.Text(Seed.Declaration000)).Form!;
        var back = DepartmentDeclarationXlsx.Import(DepartmentDeclarationXlsx.Export(form));

        Assert.True(back.Succeeded);
        Assert.Equal(form.DepartmentName, back.Form!.DepartmentName);
        Assert.Equal(form.Indicators.Count, back.Form.Indicators.Count);
    }
}
