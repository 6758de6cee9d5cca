namespace PerfWorkflow.Portal.Api;

/// <summary>A file the services answered with, passed on to the browser as is.</summary>
public sealed record FileDownload(byte[] Content, string ContentType, string FileName);
