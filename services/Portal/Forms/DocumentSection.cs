namespace PerfWorkflow.Portal.Forms;

/// <summary>
/// A form document laid out for reading: its fields, its tables, its indicator trees, and nested parts (a project of
/// a project table). Every element carries the JSON path findings and diffs name, so a finding can sit beside it.
/// </summary>
public sealed record DocumentSection(
    string Path,
    string Title,
    IReadOnlyList<DocumentField> Fields,
    IReadOnlyList<DocumentTable> Tables,
    IReadOnlyList<IndicatorTree> Trees,
    IReadOnlyList<DocumentSection> Parts);
