namespace PerfWorkflow.Integration.Tests.Authorisation;

/// <summary>The services whose endpoints the matrix covers, each running as its own process.</summary>
public enum MatrixService
{
    Filing,
    Workflow,
    Notification,
}
