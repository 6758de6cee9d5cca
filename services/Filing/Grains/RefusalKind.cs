namespace PerfWorkflow.Filing.Grains;

/// <summary>Why a grain refused a command; the API turns each into its HTTP status.</summary>
public enum RefusalKind
{
    /// <summary>A business rule (422).</summary>
    Rule = 0,

    /// <summary>No filing has the id (404).</summary>
    NotFound = 1,

    /// <summary>Another activation committed first; this one has reloaded (409, retryable).</summary>
    Conflict = 2,
}
