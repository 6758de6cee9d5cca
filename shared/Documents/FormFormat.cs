using PerfWorkflow.Domain.Forms;
using PerfWorkflow.Domain.Validation;

namespace PerfWorkflow.Documents;

/// <summary>
/// How one form kind is read from and written to files: its official .xlsx layout both ways, and its importer for
/// text copied out of a PDF where there is one. <see cref="FormFormats"/> holds one per kind of
/// <see cref="FormKinds"/>.
/// </summary>
public sealed class FormFormat
{
    private readonly Func<IFormDocument, byte[]> _toXlsx;
    private readonly Func<byte[], (IFormDocument? Form, IReadOnlyList<Finding> Notes)> _fromXlsx;
    private readonly Func<string, (IFormDocument? Form, IReadOnlyList<Finding> Notes)>? _fromText;

    private FormFormat(
        FormKind kind,
        string titleInText,
        Func<IFormDocument, byte[]> toXlsx,
        Func<byte[], (IFormDocument?, IReadOnlyList<Finding>)> fromXlsx,
        Func<string, (IFormDocument?, IReadOnlyList<Finding>)>? fromText)
    {
        Kind = kind;
        TitleInText = titleInText;
        _toXlsx = toXlsx;
        _fromXlsx = fromXlsx;
        _fromText = fromText;
    }

    public FormKind Kind { get; }

    /// <summary>The words that say a text holds this form (<see cref="FormRecognizer"/>): its title, or the part of it every copy keeps.</summary>
    public string TitleInText { get; }

    /// <summary>Whether the form can be read from text copied out of a PDF (the others come as .xlsx only).</summary>
    public bool ReadsText => _fromText is not null;

    public byte[] ToXlsx(IFormDocument form) => _toXlsx(form);

    /// <summary>The form in a workbook, or null (with the notes saying why) when the workbook does not hold this kind.</summary>
    public (IFormDocument? Form, IReadOnlyList<Finding> Notes) FromXlsx(byte[] bytes) => _fromXlsx(bytes);

    public (IFormDocument? Form, IReadOnlyList<Finding> Notes) FromText(string text) =>
        _fromText is { } read ? read(text) : throw new InvalidOperationException($"{Kind} is not read from text.");

    internal static FormFormat Of<TForm>(
        FormKind kind, string titleInText, Func<TForm, byte[]> toXlsx, Func<byte[], ImportResult<TForm>> fromXlsx, Func<string, ImportResult<TForm>>? fromText)
        where TForm : class, IFormDocument =>
        new(kind, titleInText,
            form => toXlsx(form as TForm ?? throw new ArgumentException($"{form.GetType().Name} is not a {kind}.", nameof(form))),
            bytes => Unpack(fromXlsx(bytes)),
            fromText is null ? null : text => Unpack(fromText(text)));

    private static (IFormDocument?, IReadOnlyList<Finding>) Unpack<TForm>(ImportResult<TForm> result)
        where TForm : class, IFormDocument => (result.Form, result.Notes);
}
