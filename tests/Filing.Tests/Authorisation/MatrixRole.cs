namespace PerfWorkflow.Filing.Tests.Authorisation;

/// <summary>
/// Who calls, relative to the department whose filing the request is about: its own filer and head, another
/// department's filer and head, the finance bureau's division and performance office, and nobody signed in.
/// </summary>
public enum MatrixRole
{
    OwnFiler,
    OtherFiler,
    OwnHead,
    OtherHead,
    Finance,
    PerformanceOffice,
    Anonymous,
}
