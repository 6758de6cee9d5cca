using System.Globalization;

namespace PerfWorkflow.Domain.Forms;

/// <summary>
/// Sentence locators of a 自评报告: "sections[8].paragraphs[0].sentences[1]" is the second sentence (split at 。) of the
/// first paragraph of the ninth section. A locator is a field path, so a finding that carries one is shown beside the
/// paragraph; <see cref="Describe"/> words it for a message.
/// </summary>
public static class ReportLocator
{
    public static string Of(int section, int paragraph, int sentence) =>
        string.Create(CultureInfo.InvariantCulture, $"sections[{section}].paragraphs[{paragraph}].sentences[{sentence}]");

    /// <summary>The index of the sentence holding character <paramref name="offset"/> of a paragraph.</summary>
    public static int SentenceAt(string paragraph, int offset)
    {
        var sentence = 0;
        for (var i = 0; i < Math.Min(offset, paragraph.Length); i++)
        {
            if (paragraph[i] == '。' && i + 1 < paragraph.Length)
            {
                sentence++;
            }
        }

        return sentence;
    }

    public static bool TryParse(string locator, out int section, out int paragraph, out int sentence)
    {
        section = paragraph = sentence = -1;
        var parts = locator.Split('.');
        return parts.Length == 3
            && TryIndex(parts[0], "sections[", out section)
            && TryIndex(parts[1], "paragraphs[", out paragraph)
            && TryIndex(parts[2], "sentences[", out sentence);
    }

    /// <summary>"（见“（三）各重点任务项目支出完成情况分析”第1段第1句）", or "" when the locator does not point into the report.</summary>
    public static string Describe(SelfEvaluationReport report, string locator)
    {
        ArgumentNullException.ThrowIfNull(report);
        if (!TryParse(locator, out var section, out var paragraph, out var sentence) || section >= report.Sections.Count)
        {
            return "";
        }

        return $"（见“{report.Sections[section].Heading}”第{paragraph + 1}段第{sentence + 1}句）";
    }

    private static bool TryIndex(string part, string head, out int index)
    {
        index = -1;
        return part.StartsWith(head, StringComparison.Ordinal) && part.EndsWith(']')
            && int.TryParse(part.AsSpan(head.Length, part.Length - head.Length - 1), NumberStyles.None, CultureInfo.InvariantCulture, out index);
    }
}
