using PerfWorkflow.Domain.Validation;

namespace PerfWorkflow.Portal.Forms;

/// <summary>
/// Puts each validation finding beside the field it concerns: the shown element whose path is the finding's
/// FieldPath, or the nearest shown ancestor ("indicators[6].annualTarget" → the indicator's row when its cell is
/// not shown). A few rule paths name totals the form has no field for ("budget.uses"); they sit with the money block.
/// </summary>
public sealed class FindingPlacement
{
    private static readonly Dictionary<string, string> Aliases = new(StringComparer.Ordinal)
    {
        ["budget.executionRate"] = "statedExecutionRate",
        ["budget.adjustmentRate"] = "statedAdjustmentRate",
        ["budget.uses"] = "budget",
        ["budget.sources"] = "budget",
        ["budget.levels"] = "budget",
    };

    private readonly Dictionary<string, List<Finding>> _byAnchor = new(StringComparer.Ordinal);
    private readonly List<Finding> _unplaced = [];
    private readonly List<(Finding Finding, string? Anchor)> _all = [];

    public FindingPlacement(IEnumerable<Finding> findings, IEnumerable<string> anchors)
    {
        var known = anchors.ToHashSet(StringComparer.Ordinal);
        foreach (var finding in findings)
        {
            var anchor = AnchorOf(finding.FieldPath, known);
            _all.Add((finding, anchor));
            if (anchor is null)
            {
                _unplaced.Add(finding);
            }
            else
            {
                (_byAnchor.TryGetValue(anchor, out var list) ? list : _byAnchor[anchor] = []).Add(finding);
            }
        }
    }

    /// <summary>Every finding with the anchor it is shown at (null: among the unplaced), errors first, for the summary that links to each.</summary>
    public IReadOnlyList<(Finding Finding, string? Anchor)> Summary =>
        [.. _all.OrderBy(x => x.Finding.Severity == FindingSeverity.Error ? 0 : 1)];

    /// <summary>Findings shown where nothing on the page matches their path.</summary>
    public IReadOnlyList<Finding> Unplaced => _unplaced;

    public IReadOnlyList<Finding> At(string anchor) => _byAnchor.TryGetValue(anchor, out var list) ? list : [];

    /// <summary>The HTML id of an anchor's finding list, for aria-describedby.</summary>
    public static string IdOf(string anchor) => "finding-" + new string(anchor.Select(c => char.IsLetterOrDigit(c) ? c : '-').ToArray());

    public string? DescribedBy(string anchor) => At(anchor).Count > 0 ? IdOf(anchor) : null;

    private static string? AnchorOf(string path, HashSet<string> known)
    {
        if (Aliases.TryGetValue(path, out var alias))
        {
            path = alias;
        }
        else if (path.StartsWith("budget.", StringComparison.Ordinal))
        {
            path = path["budget.".Length..];
        }

        for (var candidate = path; candidate.Length > 0; candidate = Parent(candidate))
        {
            if (known.Contains(candidate))
            {
                return candidate;
            }
        }

        return null;
    }

    private static string Parent(string path)
    {
        var cut = Math.Max(path.LastIndexOf('.'), path.LastIndexOf('['));
        return cut <= 0 ? string.Empty : path[..cut];
    }
}
