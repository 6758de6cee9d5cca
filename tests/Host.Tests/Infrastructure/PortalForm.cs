using System.Net;
using System.Text.RegularExpressions;

namespace PerfWorkflow.Host.Tests.Infrastructure;

/// <summary>A POST form found on a Portal page: where it posts (and where its submit buttons post) and its fields.</summary>
public sealed partial class PortalForm
{
    private PortalForm(string action, IReadOnlyList<string> buttonActions, IReadOnlyList<(string Name, string Value)> fields)
    {
        Action = action;
        ButtonActions = buttonActions;
        Fields = fields;
    }

    public string Action { get; }

    public IReadOnlyList<string> ButtonActions { get; }

    public IReadOnlyList<(string Name, string Value)> Fields { get; }

    public static IEnumerable<PortalForm> AllIn(string html, string page)
    {
        foreach (Match form in FormPattern().Matches(html))
        {
            var attributes = form.Groups[1].Value;
            if (!attributes.Contains("method=\"post\"", StringComparison.OrdinalIgnoreCase))
            {
                continue;
            }

            var inner = form.Groups[2].Value;
            var action = Attribute(attributes, "action") ?? page;
            var buttons = FormActionPattern().Matches(inner).Select(m => WebUtility.HtmlDecode(m.Groups[1].Value)).ToList();
            var fields = new List<(string, string)>();
            foreach (Match field in FieldPattern().Matches(inner))
            {
                var name = Attribute(field.Value, "name");
                if (name is not null)
                {
                    fields.Add((name, Attribute(field.Value, "value") ?? ""));
                }
            }

            yield return new PortalForm(WebUtility.HtmlDecode(action), buttons, fields);
        }
    }

    /// <summary>The form with some fields replaced by bad values, some dropped, some added; the antiforgery token mostly kept.</summary>
    public (string Action, List<KeyValuePair<string, string>> Fields) Mutate(BadValues values)
    {
        var action = ButtonActions.Count > 0 && values.Random.Next(2) == 0 ? values.Pick(ButtonActions) : Action;
        var posted = new List<KeyValuePair<string, string>>();
        foreach (var (name, value) in Fields)
        {
            var keep = name == "__RequestVerificationToken" ? values.Random.Next(10) != 0 : values.Random.Next(5) != 0;
            if (!keep)
            {
                continue;
            }

            posted.Add(new(name, name == "__RequestVerificationToken" || values.Random.Next(3) == 0 ? value : values.OddString()));
        }

        if (values.Random.Next(3) == 0)
        {
            posted.Add(new(values.Pick(["Rows[0].List", "Rows[999999].Name", "addTo", "Item", "Money[0].Field", "Rows[-1].Original", "Deadline", "Source", "Projects[0].Original", "Projects[1].Original"]), values.OddString()));
        }

        return (action, posted);
    }

    private static string? Attribute(string tag, string name)
    {
        var match = Regex.Match(tag, $"\\s{name}=\"([^\"]*)\"", RegexOptions.IgnoreCase);
        return match.Success ? WebUtility.HtmlDecode(match.Groups[1].Value) : null;
    }

    [GeneratedRegex("<form([^>]*)>(.*?)</form>", RegexOptions.Singleline | RegexOptions.IgnoreCase)]
    private static partial Regex FormPattern();

    [GeneratedRegex("<(?:input|textarea|select|button)\\b[^>]*>", RegexOptions.IgnoreCase)]
    private static partial Regex FieldPattern();

    [GeneratedRegex("formaction=\"([^\"]+)\"", RegexOptions.IgnoreCase)]
    private static partial Regex FormActionPattern();
}
