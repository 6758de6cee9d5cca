namespace PerfWorkflow.Domain.Deadlines;

/// <summary>
/// Turns local calendar dates into instants and back. Deadlines are local dates in Asia/Shanghai; China has kept
/// UTC+8 without daylight saving since 1991, so <see cref="ChinaStandardTime"/> is a fixed offset and needs no tz database.
/// </summary>
public sealed class DeadlineClock
{
    private readonly TimeZoneInfo? _zone;
    private readonly TimeSpan _fixedOffset;

    public DeadlineClock(TimeSpan fixedOffset) => _fixedOffset = fixedOffset;

    public DeadlineClock(TimeZoneInfo zone) => _zone = zone;

    public static DeadlineClock ChinaStandardTime { get; } = new(TimeSpan.FromHours(8));

    public DateOnly LocalDate(DateTimeOffset instant) => DateOnly.FromDateTime(ToLocal(instant).DateTime);

    public DateTimeOffset At(DateOnly date, TimeOnly localTime)
    {
        var local = date.ToDateTime(localTime, DateTimeKind.Unspecified);
        return new DateTimeOffset(local, _zone?.GetUtcOffset(local) ?? _fixedOffset);
    }

    /// <summary>
    /// The instant a filing due on <paramref name="dueDate"/> becomes late: the start of the next local day, so
    /// anything submitted during the due date counts as on time.
    /// </summary>
    public DateTimeOffset DueInstant(DateOnly dueDate) => At(dueDate.AddDays(1), TimeOnly.MinValue);

    /// <summary>The local date a due instant belongs to (the inverse of <see cref="DueInstant"/>).</summary>
    public DateOnly DueDateOf(DateTimeOffset dueInstant) => LocalDate(dueInstant.AddTicks(-1));

    private DateTimeOffset ToLocal(DateTimeOffset instant) =>
        _zone is null ? instant.ToOffset(_fixedOffset) : TimeZoneInfo.ConvertTime(instant, _zone);
}
