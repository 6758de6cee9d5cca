namespace PerfWorkflow.Domain.Calendar;

internal sealed record JsonSourceProperty(string Name, int Line, JsonSourceNode Value);
