namespace PerfWorkflow.Portal.Forms;

/// <summary>What the indicator tree partial renders: the tree, where its findings go, and a caption.</summary>
public sealed record IndicatorTreeView(IndicatorTree Tree, FindingPlacement Placement, string Caption);
