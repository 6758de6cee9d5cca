using PerfWorkflow.Domain.Forms;
using PerfWorkflow.Domain.Rectification;

namespace PerfWorkflow.Documents.Xlsx;

/// <summary>The Chinese words the forms use for the enumerations, both ways.</summary>
internal static class FormWords
{
    private static readonly Dictionary<CompletionLikelihood, string> Likelihoods = new()
    {
        [CompletionLikelihood.Certain] = "确定能",
        [CompletionLikelihood.Possible] = "有可能",
        [CompletionLikelihood.Impossible] = "完全不可能",
    };

    private static readonly Dictionary<DeviationCause, string> Causes = new()
    {
        [DeviationCause.Funding] = "经费保障",
        [DeviationCause.Institutional] = "制度保障",
        [DeviationCause.Staffing] = "人员保障",
        [DeviationCause.Facilities] = "硬件条件保障",
        [DeviationCause.Other] = "其他",
    };

    // The 整改清单 names its sources as the aggregate does (RectificationSourceNames), except that a list filed with
    // the bureau calls review comments 财政评审.
    private static readonly Dictionary<RectificationSource, string> Sources =
        Enum.GetValues<RectificationSource>().ToDictionary(s => s, s => s == RectificationSource.Review ? "财政评审" : RectificationSourceNames.Of(s));

    private static readonly Dictionary<RectificationListRowStatus, string> Statuses = new()
    {
        [RectificationListRowStatus.Open] = "待整改",
        [RectificationListRowStatus.Submitted] = "已提交",
        [RectificationListRowStatus.Verified] = "已核实",
        [RectificationListRowStatus.Rejected] = "已退回",
    };

    public static string Of(CompletionLikelihood? value) => value is { } v ? Likelihoods[v] : "";

    public static string Of(IEnumerable<DeviationCause> causes) => string.Join("、", causes.Select(c => Causes[c]));

    public static string Of(RectificationSource value) => Sources[value];

    public static string Of(RectificationListRowStatus value) => Statuses[value];

    public static bool TryLikelihood(string text, out CompletionLikelihood? value) => TryFind(Likelihoods, text, out value);

    public static bool TrySource(string text, out RectificationSource? value) => TryFind(Sources, text, out value);

    public static bool TryStatus(string text, out RectificationListRowStatus? value) => TryFind(Statuses, text, out value);

    /// <summary>The causes in "经费保障、人员保障"; words that are no cause are returned for a note.</summary>
    public static (List<DeviationCause> Causes, List<string> Unknown) ParseCauses(string text)
    {
        var causes = new List<DeviationCause>();
        var unknown = new List<string>();
        foreach (var word in text.Split(['、', ',', '，', ';', '；'], StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries))
        {
            var match = Causes.FirstOrDefault(c => c.Value == word);
            if (match.Value is null)
            {
                unknown.Add(word);
            }
            else
            {
                causes.Add(match.Key);
            }
        }

        return (causes, unknown);
    }

    private static bool TryFind<T>(Dictionary<T, string> words, string text, out T? value)
        where T : struct, Enum
    {
        value = null;
        var trimmed = text.Trim();
        if (trimmed.Length == 0)
        {
            return true;
        }

        foreach (var (key, word) in words)
        {
            if (word == trimmed)
            {
                value = key;
                return true;
            }
        }

        return false;
    }
}
