using PerfWorkflow.Domain.Forms;

namespace PerfWorkflow.Documents;

/// <summary>One entry point for export: any form to .xlsx in its official column layout (<see cref="FormFormats"/>).</summary>
public static class FormDocumentExporter
{
    public static byte[] ToXlsx(IFormDocument form) => FormFormats.Of(FormKinds.Of(form).Kind).ToXlsx(form);
}
