using System.Globalization;
using System.Text;
using System.Text.RegularExpressions;
using PerfWorkflow.Domain.Forms;
using PerfWorkflow.Domain.Validation;

namespace PerfWorkflow.Documents.Text;

/// <summary>
/// Imports a 部门整体支出绩效自评报告 from text copied out of its PDF (seed 001). The copy breaks every line of the
/// page, usually with an empty line between; paragraphs are rebuilt at sentence ends and list markers.
/// </summary>
public static partial class SelfEvaluationReportTextImporter
{
    public static ImportResult<SelfEvaluationReport> Import(byte[]? bytes)
    {
        if (bytes is null)
        {
            return ImportResult<SelfEvaluationReport>.Failure("import.empty", "文件内容为空，没有可导入的表格。");
        }

        return InputText.TryDecode(bytes, out var text, out var error)
            ? Import(text)
            : ImportResult<SelfEvaluationReport>.Failure(error!);
    }

    public static ImportResult<SelfEvaluationReport> Import(string? text)
    {
        try
        {
            if (!InputText.TryNormalize(text, out var normalized, out var error))
            {
                return ImportResult<SelfEvaluationReport>.Failure(error!);
            }

            return FormRecognizer.Recognize(normalized) == FormKind.SelfEvaluationReport
                ? Parse(normalized)
                : ImportResult<SelfEvaluationReport>.Failure("import.wrong-form", "未找到“自评报告”标题，文件不是部门整体支出绩效自评报告。");
        }
        catch (Exception exception) when (exception is not OutOfMemoryException)
        {
            return ImportResult<SelfEvaluationReport>.Failure("import.internal-error", $"解析自评报告时出错：{exception.Message}");
        }
    }

    private static ImportResult<SelfEvaluationReport> Parse(string text)
    {
        var notes = new List<Finding>();
        var lines = text.Split('\n').Select(l => l.Trim()).Where(l => l.Length > 0).ToList();

        var titleIndex = lines.FindIndex(l => l.Contains("自评报告", StringComparison.Ordinal));
        var title = Title().Match(string.Concat(lines.Skip(Math.Max(0, titleIndex - 2)).Take(Math.Min(3, titleIndex + 1))));
        var department = title.Success ? title.Groups["name"].Value.Trim() : "";
        if (department.Length == 0)
        {
            notes.Add(Missing("departmentName", "部门名称"));
        }

        var sections = new List<(ReportSection Section, string Chapter)>();
        var preamble = new List<string>();
        string? heading = null;
        var chapter = "";
        var body = new List<string>();
        foreach (var line in lines.Skip(titleIndex + 1))
        {
            var isChapter = Chapter().IsMatch(line);
            if (isChapter || SubSection().IsMatch(line))
            {
                if (heading is not null)
                {
                    sections.Add((new ReportSection(heading, Paragraphs(body)), chapter));
                }

                heading = line;
                chapter = isChapter ? line : chapter;
                body = [];
            }
            else if (heading is null)
            {
                preamble.Add(line);
            }
            else
            {
                body.Add(line);
            }
        }

        if (heading is not null)
        {
            sections.Add((new ReportSection(heading, Paragraphs(body)), chapter));
        }

        if (preamble.Count > 0)
        {
            notes.Add(new Finding("import.unplaced-text", FindingSeverity.Warning, "sections",
                $"标题与第一个章节之间的文字未归入任何章节：“{string.Concat(preamble)}”。"));
        }

        string ChapterText(string keyword) => string.Join("\n", sections
            .Where(s => s.Chapter.Contains(keyword, StringComparison.Ordinal))
            .SelectMany(s => s.Section.Heading == s.Chapter ? s.Section.Paragraphs : [s.Section.Heading, .. s.Section.Paragraphs]));

        var conclusion = string.Join("\n", sections.Where(s => s.Section.Heading.Contains("自评结论", StringComparison.Ordinal))
            .SelectMany(s => s.Section.Paragraphs));
        var report = ReportFigures.Read(new SelfEvaluationReport
        {
            DepartmentName = department,
            FiscalYear = title.Success ? int.Parse(title.Groups["year"].Value, CultureInfo.InvariantCulture) : 0,
            Sections = [.. sections.Select(s => s.Section)],
            BasicInformation = ChapterText("基本情况"),
            ConclusionSummary = conclusion,
            Problems = ChapterText("问题"),
            ImprovementMeasures = ChapterText("改进"),
        }, string.Concat(lines));

        if (sections.Count == 0)
        {
            notes.Add(new Finding("import.sections-missing", FindingSeverity.Error, "sections", "未找到任何章节标题（如“一、基本情况”），文件可能不完整。"));
        }

        if (report.AnnualBudget is null)
        {
            notes.Add(Missing("budget", "全年预算数、执行数与完成预算比例"));
        }

        if (report.Score is null)
        {
            notes.Add(Missing("conclusion.score", "自评得分"));
        }

        if (report.Problems.Length == 0)
        {
            notes.Add(Missing("problems", "存在的主要问题"));
        }

        if (report.ImprovementMeasures.Length == 0)
        {
            notes.Add(Missing("improvementMeasures", "下一步改进措施"));
        }

        return new ImportResult<SelfEvaluationReport>(report, notes);
    }

    /// <summary>A paragraph ends at a line ending a sentence or a lead-in, or before a list marker.</summary>
    private static List<string> Paragraphs(List<string> lines)
    {
        var paragraphs = new List<string>();
        var current = new StringBuilder();
        foreach (var line in lines)
        {
            if (current.Length > 0 && ListStart().IsMatch(line))
            {
                paragraphs.Add(current.ToString());
                current.Clear();
            }

            current.Append(line);
            if (line.EndsWith('。') || line.EndsWith('：'))
            {
                paragraphs.Add(current.ToString());
                current.Clear();
            }
        }

        if (current.Length > 0)
        {
            paragraphs.Add(current.ToString());
        }

        return paragraphs;
    }

    private static Finding Missing(string path, string label) =>
        new("import.field-missing", FindingSeverity.Error, path, $"未找到“{label}”，文件可能不完整或版式不符。");

    [GeneratedRegex(@"^(?<name>.*?)(?<year>\d{4})\s*年度?(部门整体支出)?绩效自评报告")]
    private static partial Regex Title();

    [GeneratedRegex(@"^[一二三四五六七八九十]+、\S")]
    private static partial Regex Chapter();

    [GeneratedRegex(@"^（[一二三四五六七八九十]+）\S")]
    private static partial Regex SubSection();

    [GeneratedRegex(@"^(\d{1,2}[.．、](?!\d)|[一二三四五六七八九十]+是)")]
    private static partial Regex ListStart();
}
