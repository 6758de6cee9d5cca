using System.Net.Http.Headers;
using System.Net.Http.Json;
using System.Text.Json.Nodes;

namespace PerfWorkflow.Portal.Api;

/// <summary>A filing's documents through the Filing API: read a stage's forms, import a file, save JSON, diff, export.</summary>
public sealed class PortalFormsClient(IHttpClientFactory clients)
{
    private HttpClient Filing => clients.CreateClient(PortalApiClient.Filing);

    /// <summary>The latest revision of each document of the stage, or the ones submitted as <paramref name="version"/>.</summary>
    public async Task<(IReadOnlyList<FormDto> Forms, ApiProblem? Problem)> FormsAsync(Guid id, string stage, int? version, CancellationToken cancellationToken)
    {
        var path = $"api/filings/{id}/forms/{Uri.EscapeDataString(stage)}" + (version is null ? string.Empty : $"?version={version}");
        var (forms, problem) = await ApiResponses.SendAsync<List<FormDto>>(Filing, new HttpRequestMessage(HttpMethod.Get, path), cancellationToken);
        return (forms ?? [], problem);
    }

    /// <summary>Uploads an .xlsx or .txt to the import API, which recognises the form and saves it as a new revision.</summary>
    public Task<(FormDto? Form, ApiProblem? Problem)> ImportAsync(Guid id, Stream file, string fileName, CancellationToken cancellationToken)
    {
        var content = new MultipartFormDataContent();
        var part = new StreamContent(file);
        part.Headers.ContentType = new MediaTypeHeaderValue("application/octet-stream");
        content.Add(part, "file", fileName);
        var request = new HttpRequestMessage(HttpMethod.Post, $"api/filings/{id}/forms/import") { Content = content };
        return ApiResponses.SendAsync<FormDto>(Filing, request, cancellationToken);
    }

    /// <summary>Saves the document as the next revision of its kind (PUT JSON {kind, document}).</summary>
    public Task<(FormDto? Form, ApiProblem? Problem)> SaveAsync(Guid id, string kind, JsonNode document, CancellationToken cancellationToken)
    {
        var body = new JsonObject { ["kind"] = kind, ["document"] = document };
        var request = new HttpRequestMessage(HttpMethod.Put, $"api/filings/{id}/forms") { Content = JsonContent.Create(body, options: ApiResponses.Json) };
        return ApiResponses.SendAsync<FormDto>(Filing, request, cancellationToken);
    }

    /// <summary>Field changes per document kind between two submitted versions of the stage's form.</summary>
    public async Task<(IReadOnlyDictionary<string, List<FieldChangeDto>> Changes, ApiProblem? Problem)> DiffAsync(Guid id, string stage, int from, int to, CancellationToken cancellationToken)
    {
        var request = new HttpRequestMessage(HttpMethod.Get, $"api/filings/{id}/forms/{Uri.EscapeDataString(stage)}/diff?from={from}&to={to}");
        var (changes, problem) = await ApiResponses.SendAsync<Dictionary<string, List<FieldChangeDto>>>(Filing, request, cancellationToken);
        return (changes ?? [], problem);
    }

    /// <summary>The .xlsx export of one document, fetched with the person's token so the browser needs none.</summary>
    public async Task<(FileDownload? File, ApiProblem? Problem)> ExportAsync(Guid id, string stage, string kind, int? version, CancellationToken cancellationToken)
    {
        var path = $"api/filings/{id}/forms/{Uri.EscapeDataString(stage)}/{Uri.EscapeDataString(kind)}.xlsx" + (version is null ? string.Empty : $"?version={version}");
        using var response = await Filing.GetAsync(path, cancellationToken);
        if (!response.IsSuccessStatusCode)
        {
            return (null, await ApiResponses.ReadProblemAsync(response, cancellationToken));
        }

        var name = response.Content.Headers.ContentDisposition?.FileNameStar ?? response.Content.Headers.ContentDisposition?.FileName?.Trim('"') ?? $"{kind}.xlsx";
        var type = response.Content.Headers.ContentType?.ToString() ?? "application/octet-stream";
        return (new FileDownload(await response.Content.ReadAsByteArrayAsync(cancellationToken), type, name), null);
    }
}
