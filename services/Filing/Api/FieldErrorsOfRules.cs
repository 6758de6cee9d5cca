using PerfWorkflow.Domain.Organisation;
using PerfWorkflow.Hosting.Web;

namespace PerfWorkflow.Filing.Api;

/// <summary>Organisation rule violations as the field-level errors of a 400 (their codes stay in the domain's tests).</summary>
public static class FieldErrorsOfRules
{
    public static FieldErrors AddAll(this FieldErrors errors, IEnumerable<OrganisationRuleViolation> violations)
    {
        foreach (var violation in violations)
        {
            errors.Add(violation.Field, violation.Message);
        }

        return errors;
    }
}
