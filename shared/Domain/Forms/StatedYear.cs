namespace PerfWorkflow.Domain.Forms;

/// <summary>
/// The year a form states (0 when the field was left empty), the JSON field that holds it ("fiscalYear") and what the
/// form calls it ("年度", "被评价年度"), so a finding about it points at the field and speaks the form's word.
/// </summary>
public sealed record StatedYear(int Year, string FieldPath, string Label);
