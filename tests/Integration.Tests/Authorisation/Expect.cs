namespace PerfWorkflow.Integration.Tests.Authorisation;

/// <summary>What one role gets from one endpoint.</summary>
public enum Expect
{
    /// <summary>The role may act: on a target prepared so that it can, the answer is 2xx.</summary>
    Ok,

    /// <summary>
    /// The role may act, but not in the row's shared state: there a 422 rule refusal (never 403); on a target
    /// prepared so that it can, 2xx.
    /// </summary>
    OkElseRule,

    /// <summary>The role may act on this endpoint but no state lets it succeed in the test organisation: 422, never 403.</summary>
    Rule,

    /// <summary>Not the role's to do, or not its department or region: 403 or 404, the target untouched.</summary>
    Denied,

    /// <summary>A list answers 200 but leaves the target (another department's or region's) out.</summary>
    Hidden,

    /// <summary>Refused as input: 400 with field errors (a department of another region named in the body).</summary>
    Invalid,

    /// <summary>Nobody signed in: 401.</summary>
    Unauthenticated,
}
