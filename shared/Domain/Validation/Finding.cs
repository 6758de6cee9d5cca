namespace PerfWorkflow.Domain.Validation;

/// <summary>
/// One thing validation noticed about a form. <paramref name="Code"/> is stable for machines (e.g. "money.uses-sources-mismatch"),
/// <paramref name="FieldPath"/> points at the field (e.g. "budget.sources.fiscalAppropriation" or "indicators[3].annualTarget"),
/// <paramref name="Message"/> is Simplified Chinese for the person who must fix it.
/// </summary>
public sealed record Finding(string Code, FindingSeverity Severity, string FieldPath, string Message);
