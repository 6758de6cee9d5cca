namespace PerfWorkflow.Domain.Organisation;

/// <summary>
/// One organisation rule a change breaks: a stable <paramref name="Code"/> for machines, the request field it is about
/// (empty when it is about the whole request) and a Chinese <paramref name="Message"/> for the person who must fix it.
/// </summary>
public sealed record OrganisationRuleViolation(string Code, string Field, string Message);
