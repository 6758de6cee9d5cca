using PerfWorkflow.Filing.Tests.Infrastructure;

namespace PerfWorkflow.Integration.Tests.Authorisation;

/// <summary>One cell of the matrix about to be sent: the caller's client for the row's service (anonymous or with a token) and the target.</summary>
public sealed record MatrixCall(HttpClient Client, MatrixTarget Target, string? UserId)
{
    public Task<ApiResponse> Post(string tail, object? body) => Client.PostJsonAsync(Target.RequireFiling().Url(tail), body);

    public Task<ApiResponse> Put(string tail, object? body) => Client.PutJsonAsync(Target.RequireFiling().Url(tail), body);

    public Task<ApiResponse> Get(string tail) => Client.GetApiAsync(Target.RequireFiling().Url(tail));
}
