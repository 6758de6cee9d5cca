namespace PerfWorkflow.Deployment.Tests.Infrastructure;

/// <summary>Text that must appear in a source file for a setting to still exist under its name.</summary>
public sealed record SourceEvidence(string File, string Text);
