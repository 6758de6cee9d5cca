using PerfWorkflow.Domain.Forms;

namespace PerfWorkflow.Documents;

/// <summary>Says which form a text holds, from the title it carries (<see cref="FormFormat.TitleInText"/>).</summary>
public static class FormRecognizer
{
    public static FormKind Recognize(string? text)
    {
        if (string.IsNullOrWhiteSpace(text))
        {
            return FormKind.Unknown;
        }

        // A report's prose may name other forms ("绩效运行监控表等各类表单"), so the title written first wins,
        // not the first format in the list.
        var best = FormKind.Unknown;
        var bestIndex = int.MaxValue;
        foreach (var format in FormFormats.All)
        {
            var index = text.IndexOf(format.TitleInText, StringComparison.Ordinal);
            if (index >= 0 && index < bestIndex)
            {
                bestIndex = index;
                best = format.Kind;
            }
        }

        return best;
    }
}
