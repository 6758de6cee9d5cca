using System.Text.Json;
using PerfWorkflow.Domain.Forms;

namespace PerfWorkflow.Cli.Output;

/// <summary>The machine name of a form kind in JSON, spelled like the other enum values ("selfEvaluationTable").</summary>
public static class KindNames
{
    public static string Of(FormKind kind) => JsonNamingPolicy.CamelCase.ConvertName(kind.ToString());
}
