namespace PerfWorkflow.Portal.Forms;

/// <summary>What the document partials render: a laid-out section and where its findings go.</summary>
public sealed record DocumentView(DocumentSection Section, FindingPlacement Placement);
