using System.Text.Json;
using System.Text.Json.Serialization;
using PerfWorkflow.Domain.Forms;

namespace PerfWorkflow.Filing.Application;

/// <summary>How each form is stored as JSON (which stage it belongs to, and its record, is <see cref="FormKinds"/>' to say).</summary>
public static class FormDocuments
{
    public static readonly JsonSerializerOptions Json = new(JsonSerializerDefaults.Web)
    {
        Converters = { new JsonStringEnumConverter() },
    };

    public static string Serialize(IFormDocument form) => JsonSerializer.Serialize(form, form.GetType(), Json);

    public static IFormDocument Deserialize(FormKind kind, string json) =>
        JsonSerializer.Deserialize(json, FormKinds.Of(kind).DocumentType, Json) as IFormDocument ?? throw new InvalidOperationException("Empty form document.");
}
