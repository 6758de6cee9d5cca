using System.Text.Encodings.Web;
using Microsoft.AspNetCore.Html;
using PerfWorkflow.Domain.Validation;

namespace PerfWorkflow.Portal.Forms;

/// <summary>The list of findings printed beside one field, with the id its input's aria-describedby names.</summary>
public static class FindingMarkup
{
    public static IHtmlContent At(FindingPlacement placement, string anchor) => List(placement.At(anchor), FindingPlacement.IdOf(anchor));

    public static IHtmlContent List(IReadOnlyList<Finding> findings, string? id = null)
    {
        if (findings.Count == 0)
        {
            return HtmlString.Empty;
        }

        var html = new HtmlContentBuilder();
        html.AppendHtml(id is null ? "<ul class=\"finding\">" : $"<ul class=\"finding\" id=\"{HtmlEncoder.Default.Encode(id)}\">");
        foreach (var f in findings)
        {
            html.AppendHtml($"<li class=\"{f.Severity}\" data-code=\"{HtmlEncoder.Default.Encode(f.Code)}\" data-field=\"{HtmlEncoder.Default.Encode(f.FieldPath)}\">")
                .AppendHtml(f.Severity == FindingSeverity.Error ? "<strong>错误：</strong>" : "<strong>提示：</strong>")
                .Append(f.Message)
                .AppendHtml("</li>");
        }

        return html.AppendHtml("</ul>");
    }

    /// <summary>The CSS class that tints a cell holding findings (an error outweighs a warning).</summary>
    public static string? CellClass(FindingPlacement placement, string anchor)
    {
        var findings = placement.At(anchor);
        return findings.Count == 0 ? null : findings.Any(f => f.Severity == FindingSeverity.Error) ? "has-Error" : "has-Warning";
    }
}
