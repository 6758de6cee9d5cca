namespace PerfWorkflow.Domain.Calendar;

/// <summary>A Saturday or Sunday that is a working day because of 调休 (e.g. 2026-02-14 for 春节).</summary>
public sealed record MakeUpWorkingDay(DateOnly Date, string ForHoliday);
