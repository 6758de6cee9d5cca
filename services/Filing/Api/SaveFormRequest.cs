namespace PerfWorkflow.Filing.Api;

/// <summary>A form document saved as JSON, of the named kind.</summary>
public sealed record SaveFormRequest(string? Kind, System.Text.Json.JsonElement Document);
