namespace PerfWorkflow.Notification.Messaging;

/// <summary>An event concerns people the directory does not (yet) know; retrying may find them.</summary>
public sealed class RecipientsNotFoundException(string message) : Exception(message);
