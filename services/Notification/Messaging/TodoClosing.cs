namespace PerfWorkflow.Notification.Messaging;

/// <summary>
/// The open to-dos of one filing that become 已办 at <see cref="At"/>: of its <see cref="Stage"/> (all stages when
/// null), of one review <see cref="Step"/> (a 退回修改 to-do belongs to every step), of one person, of some
/// <see cref="Kinds"/>, or of one <see cref="Reference"/> (a rectification item). A null narrows nothing.
/// </summary>
public sealed record TodoClosing(Guid FilingId, string? Stage, int? Step, string? OnlyUser, DateTimeOffset At, IReadOnlyList<string>? Kinds = null, string? Reference = null);
