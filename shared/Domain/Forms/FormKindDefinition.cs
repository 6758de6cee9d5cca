using PerfWorkflow.Domain.Filings;
using PerfWorkflow.Domain.Forms.Validation;
using PerfWorkflow.Domain.Validation;

namespace PerfWorkflow.Domain.Forms;

/// <summary>
/// Everything the domain knows about one form kind: its key, its Chinese title, the record that holds it, the stage
/// it is filed in, and the rules it is validated by. <see cref="FormKinds"/> holds one per kind; callers dispatch
/// through it instead of switching on the kind.
/// </summary>
public sealed class FormKindDefinition
{
    private readonly Func<IFormDocument, FormValidationOptions, IReadOnlyList<Finding>> _validate;

    private FormKindDefinition(
        FormKind kind, string title, Type documentType, CycleStage stage, bool requiredToSubmit,
        Func<IFormDocument, FormValidationOptions, IReadOnlyList<Finding>> validate)
    {
        Kind = kind;
        Title = title;
        DocumentType = documentType;
        Stage = stage;
        RequiredToSubmit = requiredToSubmit;
        _validate = validate;
    }

    public FormKind Kind { get; }

    /// <summary>The kind as stored in the database and named by the API ("DepartmentDeclaration").</summary>
    public string Key => Kind.ToString();

    /// <summary>The form's title as the finance bureau's staff call it (部门整体预算绩效目标申报表).</summary>
    public string Title { get; }

    /// <summary>The record the form is read into and stored from.</summary>
    public Type DocumentType { get; }

    /// <summary>The cycle stage whose documents the form belongs to.</summary>
    public CycleStage Stage { get; }

    /// <summary>
    /// Whether the form is one of its stage's main documents: at least one of them must be filed before the stage's
    /// form can be submitted (a 项目支出绩效目标表 goes with a declaration, an 整改清单 is never required).
    /// </summary>
    public bool RequiredToSubmit { get; }

    /// <summary>Every rule of this kind, applied to <paramref name="form"/> (which must be of <see cref="DocumentType"/>).</summary>
    public IReadOnlyList<Finding> Validate(IFormDocument form, FormValidationOptions options)
    {
        ArgumentNullException.ThrowIfNull(form);
        return form.GetType() == DocumentType
            ? _validate(form, options)
            : throw new ArgumentException($"{form.GetType().Name} is not a {Key}.", nameof(form));
    }

    internal static FormKindDefinition Of<TForm>(
        FormKind kind, string title, CycleStage stage, bool requiredToSubmit, Func<TForm, FormValidationOptions, IReadOnlyList<Finding>> validate)
        where TForm : IFormDocument =>
        new(kind, title, typeof(TForm), stage, requiredToSubmit, (form, options) => validate((TForm)form, options));
}
