using System.Security.Claims;
using PerfWorkflow.Documents;
using PerfWorkflow.Domain.Filings;
using PerfWorkflow.Domain.Forms;
using PerfWorkflow.Filing.Application;
using PerfWorkflow.Hosting.Web;

namespace PerfWorkflow.Filing.Api;

/// <summary>A filing's documents: import, save, read, compare versions, export to .xlsx.</summary>
public static class FormEndpoints
{
    /// <summary>Larger than any real form (the seeds are under 12 KB; an .xlsx of one form is tens of KB).</summary>
    public const long MaxUploadBytes = 10 * 1024 * 1024;

    /// <summary>Room for the multipart boundaries and headers around the file itself.</summary>
    private const long MultipartOverheadBytes = 64 * 1024;

    public static void Map(IEndpointRouteBuilder endpoints)
    {
        var forms = endpoints.MapGroup("/api/filings/{id:guid}/forms").WithTags("Forms").RequireAuthorization();

        forms.MapPost("/import", async (Guid id, HttpRequest request, ClaimsPrincipal p, UploadGate gate, FormActions actions, CancellationToken ct) =>
        {
            // Access first: the body of a caller who may not file here is never read, let alone unpacked.
            await gate.RequireFilerAsync(Caller.Of(p), id, ct);
            if (request.ContentLength > MaxUploadBytes + MultipartOverheadBytes)
            {
                return TooLarge();
            }

            var file = request.HasFormContentType ? (await request.ReadFormAsync(ct)).Files.GetFile("file") : null;
            if (file is null || file.Length == 0)
            {
                return new FieldErrors().Require(false, "file", "请选择要导入的文件（.xlsx 或 .txt）。").ToResult();
            }

            if (file.Length > MaxUploadBytes)
            {
                return TooLarge();
            }

            using var buffer = new MemoryStream();
            await file.CopyToAsync(buffer, ct);
            var (form, notes) = await actions.ImportAsync(Caller.Of(p), id, buffer.ToArray(), ct);
            return form is not null
                ? Results.Ok(form)
                : Results.Problem(
                    statusCode: 422,
                    title: "文件无法导入",
                    detail: notes.FirstOrDefault()?.Message ?? "无法识别文件中的表格。",
                    extensions: new Dictionary<string, object?> { ["code"] = notes.Any(n => n.Code == "import.unpacked-too-large") ? "form.import-too-large" : "form.import-failed", ["findings"] = notes });
        }).DisableAntiforgery().Accepts<IFormFile>("multipart/form-data");

        forms.MapPut("/", async (Guid id, SaveFormRequest request, ClaimsPrincipal p, FormActions actions, CancellationToken ct) =>
        {
            var errors = new FieldErrors()
                .Require(EnumText.TryParse<FormKind>(request.Kind, out var kind) && kind != FormKind.Unknown, "kind", "请指定表单类型。")
                .Require(request.Document.ValueKind == System.Text.Json.JsonValueKind.Object, "document", "请提交表单内容。");
            if (errors.Any)
            {
                return errors.ToResult();
            }

            var shape = ShapeErrors(kind, request.Document);
            return shape.Any ? shape.ToResult(StatusCodes.Status422UnprocessableEntity) : Results.Ok(await actions.SaveJsonAsync(Caller.Of(p), id, kind, request.Document, ct));
        });

        forms.MapGet("/{stage}", async (Guid id, CycleStage stage, int? version, ClaimsPrincipal p, FormActions actions, CancellationToken ct) =>
            Results.Ok(await actions.GetAsync(Caller.Of(p), id, stage, version, ct)));

        forms.MapGet("/{stage}/diff", async (Guid id, CycleStage stage, int from, int to, ClaimsPrincipal p, FormActions actions, CancellationToken ct) =>
            Results.Ok(await actions.DiffAsync(Caller.Of(p), id, stage, from, to, ct)));

        forms.MapGet("/{stage}/{kind}.xlsx", async (Guid id, CycleStage stage, FormKind kind, int? version, ClaimsPrincipal p, FormActions actions, CancellationToken ct) =>
        {
            var form = (await actions.GetAsync(Caller.Of(p), id, stage, version, ct)).FirstOrDefault(f => f.Kind == kind)
                ?? throw new ResourceNotFoundException("form.not-found", "该阶段还没有这张表单。");
            return Results.File(FormDocumentExporter.ToXlsx(form.Document), "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet", $"{FormKinds.TitleOf(kind)}.xlsx");
        });
    }

    /// <summary>Nulls where the form has no blank, text or lists beyond any real form; unreadable JSON is FormActions' to refuse.</summary>
    private static FieldErrors ShapeErrors(FormKind kind, System.Text.Json.JsonElement document)
    {
        var errors = new FieldErrors();
        IFormDocument form;
        try
        {
            form = FormDocuments.Deserialize(kind, document.GetRawText());
        }
        catch (System.Text.Json.JsonException)
        {
            return errors;
        }

        foreach (var (path, message) in FormShape.Problems(form))
        {
            errors.Add(path, message);
        }

        return errors;
    }

    private static IResult TooLarge() =>
        new FieldErrors().Require(false, "file", "文件超过 10 MB，请确认是否选错了文件。").ToResult(StatusCodes.Status413PayloadTooLarge);
}
