using PerfWorkflow.Domain.Forms;
using PerfWorkflow.Domain.Rectification;

namespace PerfWorkflow.Documents.Xlsx;

/// <summary>The Chinese words the forms use for the enumerations, both ways.</summary>
internal static class FormWords
{
    public static string Of(CompletionLikelihood? value) => value is { } v ? FormChoiceWords.Likelihoods[v] : "";

    public static string Of(IEnumerable<DeviationCause> causes) => string.Join("、", causes.Select(c => FormChoiceWords.Causes[c]));

    public static string Of(RectificationSource value) => FormChoiceWords.Sources[value];

    public static string Of(RectificationListRowStatus value) => FormChoiceWords.Statuses[value];

    public static bool TryLikelihood(string text, out CompletionLikelihood? value) => TryFind(FormChoiceWords.Likelihoods, text, out value);

    public static bool TrySource(string text, out RectificationSource? value) => TryFind(FormChoiceWords.Sources, text, out value);

    public static bool TryStatus(string text, out RectificationListRowStatus? value) => TryFind(FormChoiceWords.Statuses, text, out value);

    /// <summary>The causes in "经费保障、人员保障"; words that are no cause are returned for a note.</summary>
    public static (List<DeviationCause> Causes, List<string> Unknown) ParseCauses(string text)
    {
        var causes = new List<DeviationCause>();
        var unknown = new List<string>();
        foreach (var word in text.Split(['、', ',', '，', ';', '；'], StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries))
        {
            var match = FormChoiceWords.Causes.FirstOrDefault(c => c.Value == word);
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

    private static bool TryFind<T>(IReadOnlyDictionary<T, string> words, string text, out T? value)
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
