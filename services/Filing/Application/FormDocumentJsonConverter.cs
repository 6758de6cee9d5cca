using System.Text.Json;
using System.Text.Json.Serialization;
using PerfWorkflow.Domain.Forms;

namespace PerfWorkflow.Filing.Application;

/// <summary>
/// Writes a form by its own record type: typed as the interface, the serializer would write only the interface's
/// members and the API would lose every field of the form. Forms are read by kind (<see cref="FormDocuments"/>), never here.
/// </summary>
public sealed class FormDocumentJsonConverter : JsonConverter<IFormDocument>
{
    public override IFormDocument Read(ref Utf8JsonReader reader, Type typeToConvert, JsonSerializerOptions options) =>
        throw new NotSupportedException("A form is read by its kind: FormDocuments.Deserialize.");

    public override void Write(Utf8JsonWriter writer, IFormDocument value, JsonSerializerOptions options) =>
        JsonSerializer.Serialize(writer, value, value.GetType(), options);
}
