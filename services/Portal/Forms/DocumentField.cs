namespace PerfWorkflow.Portal.Forms;

/// <summary>One field of a form as printed: its path, its Chinese label, its value; long texts get a wide cell.</summary>
public sealed record DocumentField(string Path, string Label, string Value, bool IsLong);
