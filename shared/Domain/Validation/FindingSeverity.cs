namespace PerfWorkflow.Domain.Validation;

/// <summary>How much a finding matters: an error blocks submission, a warning asks for a reviewer's eye.</summary>
public enum FindingSeverity
{
    Warning,
    Error,
}
