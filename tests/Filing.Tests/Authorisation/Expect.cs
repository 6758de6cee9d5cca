namespace PerfWorkflow.Filing.Tests.Authorisation;

/// <summary>What one role gets from one endpoint.</summary>
public enum Expect
{
    /// <summary>The role may act: on a filing prepared so that it can, the answer is 2xx.</summary>
    Ok,

    /// <summary>
    /// The role may act, but not in the row's shared state: there a 422 rule refusal (never 403); on a filing
    /// prepared so that it can, 2xx.
    /// </summary>
    OkElseRule,

    /// <summary>The role may act on this endpoint but no state lets it succeed in the demo organisation: 422, never 403.</summary>
    Rule,

    /// <summary>Not the role's to do, or not its department: 403 or 404, the filing untouched.</summary>
    Denied,

    /// <summary>A list answers 200 but leaves the other department's filing (or department) out.</summary>
    Hidden,

    /// <summary>Nobody signed in: 401.</summary>
    Unauthenticated,
}
