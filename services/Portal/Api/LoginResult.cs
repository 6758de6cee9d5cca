namespace PerfWorkflow.Portal.Api;

public sealed record LoginResult(string AccessToken, int ExpiresIn, LoginUser User);
