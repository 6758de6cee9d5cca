namespace PerfWorkflow.Cli.Output;

/// <summary>The JSON of "export".</summary>
public sealed record ExportDocument(string File, string Out, string Kind, string FormName, int Bytes, int ErrorCount, int WarningCount);
