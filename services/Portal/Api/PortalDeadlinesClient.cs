namespace PerfWorkflow.Portal.Api;

/// <summary>Deadlines and 申请延期 through the Workflow API, as the signed-in person.</summary>
public sealed class PortalDeadlinesClient(IHttpClientFactory clients)
{
    /// <summary>The deadline standing of every filing the person may see (optionally of one year or one filing); empty when Workflow refuses.</summary>
    public async Task<IReadOnlyList<DeadlineDto>> DeadlinesAsync(int? fiscalYear, Guid? filingId, CancellationToken cancellationToken)
    {
        var (rows, _) = await SendAsync<List<DeadlineDto>>(HttpMethod.Get, $"api/workflow/deadlines?{Query(fiscalYear, filingId)}", null, cancellationToken);
        return rows ?? [];
    }

    public async Task<IReadOnlyList<ExtensionApplicationDto>> ApplicationsAsync(int? fiscalYear, Guid? filingId, CancellationToken cancellationToken)
    {
        var (rows, _) = await SendAsync<List<ExtensionApplicationDto>>(HttpMethod.Get, $"api/workflow/extension-applications?{Query(fiscalYear, filingId)}", null, cancellationToken);
        return rows ?? [];
    }

    public async Task<ApiProblem?> ApplyAsync(Guid filingId, DateOnly? newDueDate, string? reason, CancellationToken cancellationToken) =>
        (await SendAsync<ExtensionApplicationDto>(HttpMethod.Post, "api/workflow/extension-applications", new { filingId, newDueDate, reason }, cancellationToken)).Problem;

    public async Task<ApiProblem?> GrantAsync(Guid applicationId, DateOnly? newDueDate, string? comment, CancellationToken cancellationToken) =>
        (await SendAsync<System.Text.Json.JsonElement>(HttpMethod.Post, $"api/workflow/extension-applications/{applicationId}/grant", new { newDueDate, comment }, cancellationToken)).Problem;

    public async Task<ApiProblem?> RefuseAsync(Guid applicationId, string? comment, CancellationToken cancellationToken) =>
        (await SendAsync<ExtensionApplicationDto>(HttpMethod.Post, $"api/workflow/extension-applications/{applicationId}/refuse", new { comment }, cancellationToken)).Problem;

    private static string Query(int? fiscalYear, Guid? filingId) =>
        string.Join('&', new[] { fiscalYear is null ? null : $"fiscalYear={fiscalYear}", filingId is null ? null : $"filingId={filingId}" }.OfType<string>());

    private Task<(T? Value, ApiProblem? Problem)> SendAsync<T>(HttpMethod method, string path, object? body, CancellationToken cancellationToken)
    {
        var request = new HttpRequestMessage(method, path);
        if (body is not null)
        {
            request.Content = System.Net.Http.Json.JsonContent.Create(body, options: ApiResponses.Json);
        }

        return ApiResponses.SendAsync<T>(clients.CreateClient(PortalApiClient.Workflow), request, cancellationToken);
    }
}
