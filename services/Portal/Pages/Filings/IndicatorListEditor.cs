using PerfWorkflow.Portal.Forms;

namespace PerfWorkflow.Portal.Pages.Filings;

/// <summary>
/// What the indicator-list partial of the form editor renders: the page (its rows and messages), which list, its
/// caption, the words that set its inputs' labels apart from another list's on the same page, and the findings.
/// </summary>
public sealed record IndicatorListEditor(FormModel Page, string List, string Title, string LabelPrefix, FindingPlacement Placement);
