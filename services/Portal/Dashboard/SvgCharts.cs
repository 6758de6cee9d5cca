using System.Globalization;
using System.Text;
using System.Text.Encodings.Web;
using Microsoft.AspNetCore.Html;
using PerfWorkflow.Domain.Filings;

namespace PerfWorkflow.Portal.Dashboard;

/// <summary>
/// The dashboard's charts, drawn as SVG on the server: no script, no charting library, readable by screen readers
/// through each chart's title and the figures table beside it.
/// </summary>
public static class SvgCharts
{
    private const string Done = "#047857";
    private const string Todo = "#e4e7eb";

    private static readonly Dictionary<string, (string Colour, string Name)> StateStyles = new(StringComparer.Ordinal)
    {
        ["Draft"] = ("#9aa5b1", "草稿"),
        ["InReview"] = ("#1d4ed8", "审核中"),
        ["Returned"] = ("#d97706", "退回修改"),
        ["Approved"] = (Done, "已完成"),
    };

    /// <summary>One row per department, one cell per stage: done, the current stage in its state's colour, or not yet.</summary>
    public static IHtmlContent StageProgress(IReadOnlyList<DepartmentProgress> departments)
    {
        const int labelWidth = 300, cell = 120, row = 30, top = 28;
        var width = labelWidth + cell * CycleFigures.Stages.Count + 10;
        var height = top + row * departments.Count + 40;
        var svg = Open(width, height, "stage-progress", "各部门所处阶段与状态");
        for (var s = 0; s < CycleFigures.Stages.Count; s++)
        {
            Text(svg, labelWidth + s * cell + cell / 2, 18, CycleStageNames.Of(CycleFigures.Stages[s]), "middle", bold: true);
        }

        for (var d = 0; d < departments.Count; d++)
        {
            var dept = departments[d];
            var y = top + d * row;
            Text(svg, labelWidth - 8, y + 19, Shorten(dept.Department, 20), "end");
            var position = Enum.TryParse<CycleStage>(dept.Stage, out var p) ? p : (CycleStage?)null;
            for (var s = 0; s < CycleFigures.Stages.Count; s++)
            {
                var stage = CycleFigures.Stages[s];
                var (colour, name) = position is null || stage > position ? (Todo, "未开始")
                    : stage < position ? (Done, "已完成")
                    : StateStyles.GetValueOrDefault(dept.State ?? string.Empty, (Todo, dept.State ?? "—"));
                svg.Append(CultureInfo.InvariantCulture, $"<rect x=\"{labelWidth + s * cell + 2}\" y=\"{y + 3}\" width=\"{cell - 4}\" height=\"{row - 6}\" rx=\"3\" fill=\"{colour}\"><title>{Encode(dept.Department)} · {Encode(CycleStageNames.Of(stage))}：{Encode(name)}</title></rect>");
                Text(svg, labelWidth + s * cell + cell / 2, y + 19, name, "middle", fill: colour == Todo ? "#52606d" : "#fff");
            }
        }

        Legend(svg, labelWidth, height - 14, [("已完成", Done), ("审核中", "#1d4ed8"), ("退回修改", "#d97706"), ("草稿", "#9aa5b1"), ("未开始", Todo)]);
        return Close(svg);
    }

    /// <summary>Horizontal bars of 预算完成率 with the 90% line below which a department must explain.</summary>
    public static IHtmlContent ExecutionRates(IReadOnlyList<ExecutionRate> rates)
    {
        const int labelWidth = 300, barWidth = 420, row = 30, top = 10;
        var height = top + row * Math.Max(rates.Count, 1) + 30;
        var svg = Open(labelWidth + barWidth + 90, height, "execution-rates", "各部门预算完成率（自评）");
        if (rates.Count == 0)
        {
            Text(svg, 10, 30, "本年度尚无自评表，暂无预算完成率。", "start");
            return Close(svg);
        }

        for (var i = 0; i < rates.Count; i++)
        {
            var r = rates[i];
            var y = top + i * row;
            var w = (int)Math.Round(Math.Min(r.Percent, 110m) / 110m * barWidth);
            Text(svg, labelWidth - 8, y + 19, Shorten(r.Department, 20), "end");
            svg.Append(CultureInfo.InvariantCulture, $"<rect x=\"{labelWidth}\" y=\"{y + 4}\" width=\"{w}\" height=\"{row - 8}\" fill=\"{(r.Percent < 90m ? "#d97706" : Done)}\"><title>{Encode(r.Department)}：{r.Percent:0.00}%</title></rect>");
            Text(svg, labelWidth + w + 6, y + 19, $"{r.Percent.ToString("0.00", CultureInfo.InvariantCulture)}%", "start");
        }

        var line = labelWidth + (int)Math.Round(90m / 110m * barWidth);
        svg.Append(CultureInfo.InvariantCulture, $"<line x1=\"{line}\" y1=\"{top}\" x2=\"{line}\" y2=\"{height - 22}\" stroke=\"#991b1b\" stroke-dasharray=\"4 3\" />");
        Text(svg, line, height - 6, "90%", "middle", fill: "#991b1b");
        return Close(svg);
    }

    /// <summary>Vertical bars: how many self-evaluations scored 优 / 良 / 中 / 差.</summary>
    public static IHtmlContent Grades(IReadOnlyList<(string Grade, int Count)> grades, IReadOnlyList<decimal> scores)
    {
        const int width = 420, height = 220, bottom = 180, bar = 60;
        var svg = Open(width, height, "grades", "自评等级分布");
        var max = Math.Max(1, grades.Max(g => g.Count));
        for (var i = 0; i < grades.Count; i++)
        {
            var (grade, count) = grades[i];
            var h = count * 140 / max;
            var x = 30 + i * (bar + 35);
            svg.Append(CultureInfo.InvariantCulture, $"<rect x=\"{x}\" y=\"{bottom - h}\" width=\"{bar}\" height=\"{h}\" fill=\"#1d4ed8\"><title>{Encode(grade)}：{count} 个</title></rect>");
            Text(svg, x + bar / 2, bottom - h - 6, count.ToString(CultureInfo.InvariantCulture), "middle");
            Text(svg, x + bar / 2, bottom + 20, grade, "middle", bold: true);
        }

        svg.Append(CultureInfo.InvariantCulture, $"<line x1=\"20\" y1=\"{bottom}\" x2=\"{width - 10}\" y2=\"{bottom}\" stroke=\"#52606d\" />");
        Text(svg, 10, height - 6, scores.Count == 0 ? "本年度尚无已提交的自评得分。" : $"共 {scores.Count} 个得分，平均 {scores.Average():0.0} 分", "start");
        return Close(svg);
    }

    private static StringBuilder Open(int width, int height, string id, string title) =>
        new StringBuilder().Append(CultureInfo.InvariantCulture,
            $"<svg xmlns=\"http://www.w3.org/2000/svg\" role=\"img\" aria-labelledby=\"{id}-title\" data-testid=\"chart-{id}\" viewBox=\"0 0 {width} {height}\" width=\"{width}\" height=\"{height}\" class=\"chart\"><title id=\"{id}-title\">{Encode(title)}</title>");

    private static HtmlString Close(StringBuilder svg) => new(svg.Append("</svg>").ToString());

    private static void Text(StringBuilder svg, int x, int y, string text, string anchor, bool bold = false, string fill = "#1f2933") =>
        svg.Append(CultureInfo.InvariantCulture, $"<text x=\"{x}\" y=\"{y}\" text-anchor=\"{anchor}\" font-size=\"13\" fill=\"{fill}\"{(bold ? " font-weight=\"bold\"" : string.Empty)}>{Encode(text)}</text>");

    private static void Legend(StringBuilder svg, int x, int y, IReadOnlyList<(string Name, string Colour)> items)
    {
        for (var i = 0; i < items.Count; i++)
        {
            svg.Append(CultureInfo.InvariantCulture, $"<rect x=\"{x + i * 95}\" y=\"{y - 11}\" width=\"12\" height=\"12\" fill=\"{items[i].Colour}\" stroke=\"#9aa5b1\" />");
            Text(svg, x + i * 95 + 17, y, items[i].Name, "start");
        }
    }

    private static string Shorten(string text, int max) => text.Length <= max ? text : text[..(max - 1)] + "…";

    // Chinese stays itself in the markup, as on every other page.
    private static readonly HtmlEncoder Encoder = HtmlEncoder.Create(System.Text.Unicode.UnicodeRanges.All);

    private static string Encode(string text) => Encoder.Encode(text);
}
