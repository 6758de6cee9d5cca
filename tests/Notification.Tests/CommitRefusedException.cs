namespace PerfWorkflow.Notification.Tests;

public sealed class CommitRefusedException() : Exception("The test refused the commit.");
