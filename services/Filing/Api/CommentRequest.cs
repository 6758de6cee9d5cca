namespace PerfWorkflow.Filing.Api;

/// <summary>意见: a comment on the filing that changes nothing.</summary>
public sealed record CommentRequest(string? Text);
