namespace PerfWorkflow.Domain.Forms.Validation;

/// <summary>
/// Finds the reason a report gives for low execution in the text near the rate [practice: below 90 % the department
/// must explain why]. Reports introduce it with 偏差原因 / 未完成原因 / 主要原因 / 原因是, or give it as a cause
/// (由于…, 受…影响, …导致); the text from the clause holding the first such word to the end of its sentence is the reason.
/// </summary>
public static class ShortfallReasons
{
    private static readonly string[] Markers =
    [
        "偏差原因", "未完成原因", "主要原因", "原因是", "原因为", "原因在于", "原因:", "原因：", "主要是由于", "主要是因为", "主要由于",
        "由于", "因为", "导致", "致使", "造成", "未能按计划", "延期", "推迟", "暂缓",
    ];

    private const int InfluenceSpan = 20;

    /// <summary>The clause of <paramref name="text"/> that gives a reason, or null when there is none.</summary>
    public static string? FindIn(string? text)
    {
        if (string.IsNullOrWhiteSpace(text))
        {
            return null;
        }

        var at = FirstMarker(text);
        if (at < 0)
        {
            return null;
        }

        var start = text.AsSpan(0, at).LastIndexOfAny("。；;\n，,") + 1;
        var end = text.AsSpan(at).IndexOfAny("。；;\n");
        return text[start..(end < 0 ? text.Length : at + end)].Trim();
    }

    private static int FirstMarker(string text)
    {
        var first = -1;
        foreach (var marker in Markers)
        {
            var at = text.IndexOf(marker, StringComparison.Ordinal);
            if (at >= 0 && (first < 0 || at < first))
            {
                first = at;
            }
        }

        // "受疫情影响": 受 and 影响 a few characters apart.
        for (var i = text.IndexOf('受', StringComparison.Ordinal); i >= 0; i = text.IndexOf('受', i + 1))
        {
            var influence = text.IndexOf("影响", i + 1, Math.Min(InfluenceSpan, text.Length - i - 1), StringComparison.Ordinal);
            if (influence > 0 && (first < 0 || i < first))
            {
                first = i;
                break;
            }
        }

        return first;
    }
}
