namespace PerfWorkflow.Domain.Organisation;

/// <summary>One step of an approval chain as the performance office writes it: a role key and a sign mode, as text.</summary>
public sealed record ChainStepDraft(string? RoleKey, string? Mode, bool SkipWhenVacant);
