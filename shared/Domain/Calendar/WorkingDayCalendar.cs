namespace PerfWorkflow.Domain.Calendar;

/// <summary>
/// Which days are working days (工作日) in the years whose State Council holiday notice is loaded: Monday–Friday
/// except the notice's holidays, plus its make-up working weekends (调休上班).
/// <para>
/// Coverage decision: a date whose year is not loaded is an error (<see cref="WorkingDayCalendarNotCoveredException"/>),
/// never a silent "weekends only" guess; arithmetic that would cross an unloaded year fails the same way. Callers
/// that can live without an answer ask <see cref="Covers(DateOnly)"/> first. A year loaded from a provisional file
/// counts as covered but is reported by <see cref="IsProvisional(DateOnly)"/> so the UI can warn.
/// </para>
/// <para>
/// Every query is O(1): one array spans all loaded years with a state per day, prefix counts of working and uncovered
/// days, and the ordered offsets of the working days, so counting and stepping need no loop. Built once per load.
/// </para>
/// </summary>
public sealed class WorkingDayCalendar
{
    private const byte Uncovered = 0;
    private const byte Working = 1;
    private const byte Rest = 2;

    private readonly int _firstDayNumber;
    private readonly byte[] _state;
    private readonly string?[] _holidayName;
    private readonly int[] _workingBefore;
    private readonly int[] _uncoveredBefore;
    private readonly int[] _workingDayOffsets;
    private readonly int[] _coveredYears;

    internal WorkingDayCalendar(IReadOnlyList<CalendarYear> years)
    {
        Years = [.. years.OrderBy(y => y.Year)];
        Region = Years.Count == 0 ? "" : Years[0].Region;
        _coveredYears = [.. Years.Select(y => y.Year)];
        ProvisionalYears = [.. Years.Where(y => y.IsProvisional).Select(y => y.Year)];
        if (Years.Count == 0)
        {
            _state = [];
            _holidayName = [];
            _workingBefore = [0];
            _uncoveredBefore = [0];
            _workingDayOffsets = [];
            return;
        }

        _firstDayNumber = new DateOnly(Years[0].Year, 1, 1).DayNumber;
        var length = new DateOnly(Years[^1].Year, 12, 31).DayNumber - _firstDayNumber + 1;
        _state = new byte[length];
        _holidayName = new string?[length];
        foreach (var year in Years)
        {
            MarkOrdinaryWeek(year.Year);
        }

        // Applied after all years are marked, because a notice may reach into a neighbouring year (元旦 from 12-31).
        foreach (var year in Years)
        {
            foreach (var holiday in year.Holidays)
            {
                for (var day = holiday.From; day <= holiday.To; day = day.AddDays(1))
                {
                    SetIfCovered(day, Rest, holiday.Name);
                }
            }

            foreach (var makeUp in year.MakeUpWorkingDays)
            {
                SetIfCovered(makeUp.Date, Working, null);
            }
        }

        _workingBefore = new int[length + 1];
        _uncoveredBefore = new int[length + 1];
        var working = new List<int>(length);
        for (var i = 0; i < length; i++)
        {
            _workingBefore[i + 1] = _workingBefore[i] + (_state[i] == Working ? 1 : 0);
            _uncoveredBefore[i + 1] = _uncoveredBefore[i] + (_state[i] == Uncovered ? 1 : 0);
            if (_state[i] == Working)
            {
                working.Add(i);
            }
        }

        _workingDayOffsets = [.. working];
    }

    public string Region { get; }

    public IReadOnlyList<CalendarYear> Years { get; }

    public IReadOnlyList<int> CoveredYears => _coveredYears;

    public IReadOnlyList<int> ProvisionalYears { get; }

    public bool Covers(DateOnly date)
    {
        var offset = date.DayNumber - _firstDayNumber;
        return (uint)offset < (uint)_state.Length && _state[offset] != Uncovered;
    }

    /// <summary>True when every day from <paramref name="from"/> to <paramref name="to"/> (either order) is covered.</summary>
    public bool Covers(DateOnly from, DateOnly to)
    {
        var (low, high) = from <= to ? (from, to) : (to, from);
        if (!Covers(low) || !Covers(high))
        {
            return false;
        }

        return _uncoveredBefore[Offset(high) + 1] - _uncoveredBefore[Offset(low)] == 0;
    }

    public bool IsProvisional(DateOnly date) => ProvisionalYears.Contains(date.Year) && Covers(date);

    public bool IsWorkingDay(DateOnly date) => _state[RequireCovered(date)] == Working;

    /// <summary>The holiday a date belongs to (e.g. "春节"), or null for an ordinary day, weekend or make-up working day.</summary>
    public string? HolidayNameOn(DateOnly date) => _holidayName[RequireCovered(date)];

    /// <summary>
    /// The <paramref name="workingDays"/>-th working day after <paramref name="date"/> (before it when negative); the
    /// start date itself is never counted. Zero means "this day if it is a working day, else the next one", so the
    /// result is always a working day: a deadline of 0 working days from a Sunday falls on Monday.
    /// </summary>
    public DateOnly AddWorkingDays(DateOnly date, int workingDays)
    {
        var start = RequireCovered(date);
        long index = workingDays switch
        {
            > 0 => (long)_workingBefore[start + 1] + workingDays - 1,
            0 => _workingBefore[start],
            _ => (long)_workingBefore[start] + workingDays,
        };
        if (index < 0 || index >= _workingDayOffsets.Length)
        {
            throw NotCovered(workingDays < 0 ? FirstDay.AddDays(-1) : FirstDay.AddDays(_state.Length));
        }

        var result = _workingDayOffsets[(int)index];
        RequireCoveredBetween(start, result);
        return DateOnly.FromDayNumber(_firstDayNumber + result);
    }

    /// <summary>
    /// Working days from <paramref name="from"/> to <paramref name="to"/>: those after <paramref name="from"/> up to and
    /// including <paramref name="to"/>, negative when <paramref name="to"/> is earlier. The inverse of
    /// <see cref="AddWorkingDays"/>: for a working day <paramref name="to"/>, AddWorkingDays(from, result) == to.
    /// </summary>
    public int WorkingDaysBetween(DateOnly from, DateOnly to)
    {
        var a = RequireCovered(from);
        var b = RequireCovered(to);
        RequireCoveredBetween(a, b);
        return b >= a
            ? _workingBefore[b + 1] - _workingBefore[a + 1]
            : -(_workingBefore[a] - _workingBefore[b]);
    }

    /// <summary>The first working day strictly after <paramref name="date"/>.</summary>
    public DateOnly NextWorkingDay(DateOnly date) => AddWorkingDays(date, 1);

    /// <summary>The last working day strictly before <paramref name="date"/>.</summary>
    public DateOnly PreviousWorkingDay(DateOnly date) => AddWorkingDays(date, -1);

    public DateOnly WorkingDayOnOrAfter(DateOnly date) => AddWorkingDays(date, 0);

    public DateOnly WorkingDayOnOrBefore(DateOnly date) => IsWorkingDay(date) ? date : PreviousWorkingDay(date);

    private DateOnly FirstDay => DateOnly.FromDayNumber(_firstDayNumber);

    private int Offset(DateOnly date) => date.DayNumber - _firstDayNumber;

    private int RequireCovered(DateOnly date)
    {
        var offset = date.DayNumber - _firstDayNumber;
        if ((uint)offset >= (uint)_state.Length || _state[offset] == Uncovered)
        {
            throw NotCovered(date);
        }

        return offset;
    }

    private void RequireCoveredBetween(int a, int b)
    {
        var (low, high) = a <= b ? (a, b) : (b, a);
        if (_uncoveredBefore[high + 1] - _uncoveredBefore[low] == 0)
        {
            return;
        }

        var gap = Enumerable.Range(low, high - low + 1).First(i => _state[i] == Uncovered);
        throw NotCovered(DateOnly.FromDayNumber(_firstDayNumber + gap));
    }

    private WorkingDayCalendarNotCoveredException NotCovered(DateOnly date) => new(date, _coveredYears);

    private void MarkOrdinaryWeek(int year)
    {
        var first = new DateOnly(year, 1, 1);
        var days = DateTime.IsLeapYear(year) ? 366 : 365;
        for (var i = 0; i < days; i++)
        {
            var day = first.AddDays(i);
            _state[Offset(day)] = day.DayOfWeek is DayOfWeek.Saturday or DayOfWeek.Sunday ? Rest : Working;
        }
    }

    private void SetIfCovered(DateOnly date, byte state, string? holidayName)
    {
        var offset = Offset(date);
        if ((uint)offset < (uint)_state.Length && _state[offset] != Uncovered)
        {
            _state[offset] = state;
            _holidayName[offset] = holidayName;
        }
    }
}
