using System.Globalization;

namespace PerfWorkflow.Domain.Calendar;

/// <summary>Checks one calendar document field by field and turns it into a <see cref="CalendarYear"/>.</summary>
internal sealed class CalendarYearReader(string sourceName, List<CalendarDataError> errors)
{
    public const string FormatName = "perfworkflow.working-day-calendar/1";

    // A notice never spans more than two weeks of holiday in one block; a longer range is a typing slip.
    private const int LongestHolidayBlock = 15;

    private static readonly string[] RootFields = ["format", "region", "year", "provisional", "source", "note", "holidays", "makeUpWorkingDays"];
    private static readonly string[] HolidayFields = ["name", "from", "to"];
    private static readonly string[] MakeUpFields = ["date", "for"];
    private static readonly string[] WeekdayNames = ["周日", "周一", "周二", "周三", "周四", "周五", "周六"];

    // Once a holiday entry is broken, "make-up day for an unknown holiday" would only echo that first error.
    private bool _holidayEntryBroken;

    public CalendarYear? Read(JsonSourceNode root)
    {
        var errorsBefore = errors.Count;
        if (root.Kind != JsonSourceKind.Object)
        {
            Error(root.Line, "", "日历文件的最外层必须是一个 JSON 对象（以 { 开头）。");
            return null;
        }

        var fields = Fields(root, "", RootFields);
        var format = RequiredText(fields, root, "format", "");
        if (format is not null && format != FormatName)
        {
            Error(fields["format"].Line, "format", $"不支持的格式“{format}”，应为“{FormatName}”。");
        }

        var region = RequiredText(fields, root, "region", "");
        var year = ReadYear(fields, root);
        var provisional = ReadProvisional(fields, root);
        var source = RequiredText(fields, root, "source", "（请写明依据的国务院放假通知：标题、文号、发布日期）");
        string? note = null;
        if (fields.TryGetValue("note", out var noteNode))
        {
            note = Text(noteNode, "note", allowEmpty: true);
        }

        var holidays = year is null ? [] : ReadHolidays(fields, root, year.Value);
        var makeUps = year is null ? [] : ReadMakeUps(fields, root, year.Value, holidays);
        if (errors.Count > errorsBefore || region is null || year is null || provisional is null || source is null)
        {
            return null;
        }

        return new CalendarYear(region, year.Value, provisional.Value, source, note, holidays, makeUps);
    }

    private int? ReadYear(Dictionary<string, JsonSourceNode> fields, JsonSourceNode root)
    {
        if (!fields.TryGetValue("year", out var node))
        {
            Error(root.Line, "year", "缺少必填字段“year”（年度，例如 2026）。");
            return null;
        }

        if (node.Kind != JsonSourceKind.Number
            || !int.TryParse(node.Text, NumberStyles.None, CultureInfo.InvariantCulture, out var year)
            || year is < 1950 or > 2200)
        {
            Error(node.Line, "year", $"年度应为 1950 至 2200 之间的整数，实际为“{Shown(node)}”。");
            return null;
        }

        return year;
    }

    private bool? ReadProvisional(Dictionary<string, JsonSourceNode> fields, JsonSourceNode root)
    {
        // Required on purpose: a file must say whether it rests on a published notice, never default to "yes, it does".
        if (!fields.TryGetValue("provisional", out var node))
        {
            Error(root.Line, "provisional", "缺少必填字段“provisional”：已按国务院通知录入写 false，通知未发布前的暂定数据写 true。");
            return null;
        }

        if (node.Kind is not (JsonSourceKind.True or JsonSourceKind.False))
        {
            Error(node.Line, "provisional", $"“provisional”只能是 true 或 false（不带引号），实际为{node.KindName}“{Shown(node)}”。");
            return null;
        }

        return node.Kind == JsonSourceKind.True;
    }

    private List<PublicHoliday> ReadHolidays(Dictionary<string, JsonSourceNode> fields, JsonSourceNode root, int year)
    {
        var holidays = new List<PublicHoliday>();
        if (!fields.TryGetValue("holidays", out var array) || array.Kind != JsonSourceKind.Array)
        {
            Error(array?.Line ?? root.Line, "holidays", array is null ? "缺少必填字段“holidays”（节假日列表）。" : "“holidays”应为数组 [ … ]。");
            return holidays;
        }

        if (array.Items.Count == 0)
        {
            Error(array.Line, "holidays", "节假日列表为空：每年的放假通知至少包含元旦、春节等节日。");
        }

        var takenBy = new Dictionary<DateOnly, string>();
        for (var i = 0; i < array.Items.Count; i++)
        {
            var path = $"holidays[{i}]";
            var item = array.Items[i];
            var errorsBefore = errors.Count;
            ReadHoliday(item, path, year, takenBy, holidays);
            _holidayEntryBroken |= errors.Count > errorsBefore;
        }

        return holidays;
    }

    private void ReadHoliday(JsonSourceNode item, string path, int year, Dictionary<DateOnly, string> takenBy, List<PublicHoliday> holidays)
    {
        if (item.Kind != JsonSourceKind.Object)
        {
            Error(item.Line, path, "每个节假日应写成 { \"name\": …, \"from\": …, \"to\": … }。");
            return;
        }

        var own = Fields(item, path, HolidayFields);
        var name = RequiredText(own, item, "name", "（节日名称，例如“国庆节”）", path);
        var from = RequiredDate(own, item, "from", path, year);
        var to = RequiredDate(own, item, "to", path, year);
        if (name is null || from is null || to is null)
        {
            return;
        }

        if (to < from)
        {
            Error(own["to"].Line, $"{path}.to", $"结束日期 {to:yyyy-MM-dd} 早于开始日期 {from:yyyy-MM-dd}。");
            return;
        }

        if (to.Value.DayNumber - from.Value.DayNumber + 1 > LongestHolidayBlock)
        {
            Error(own["to"].Line, $"{path}.to", $"“{name}”从 {from:yyyy-MM-dd} 到 {to:yyyy-MM-dd} 超过 {LongestHolidayBlock} 天，请检查日期是否录错。");
            return;
        }

        var overlap = false;
        for (var day = from.Value; day <= to.Value; day = day.AddDays(1))
        {
            if (takenBy.TryGetValue(day, out var other))
            {
                Error(item.Line, path, $"“{name}”与“{other}”在 {day:yyyy-MM-dd} 重叠。");
                overlap = true;
                break;
            }
        }

        if (overlap)
        {
            return;
        }

        for (var day = from.Value; day <= to.Value; day = day.AddDays(1))
        {
            takenBy[day] = name;
        }

        holidays.Add(new PublicHoliday(name, from.Value, to.Value));
    }

    private List<MakeUpWorkingDay> ReadMakeUps(Dictionary<string, JsonSourceNode> fields, JsonSourceNode root, int year, List<PublicHoliday> holidays)
    {
        var makeUps = new List<MakeUpWorkingDay>();
        if (!fields.TryGetValue("makeUpWorkingDays", out var array) || array.Kind != JsonSourceKind.Array)
        {
            Error(array?.Line ?? root.Line, "makeUpWorkingDays", array is null
                ? "缺少必填字段“makeUpWorkingDays”（调休上班日列表；没有调休时写 []）。"
                : "“makeUpWorkingDays”应为数组 [ … ]。");
            return makeUps;
        }

        for (var i = 0; i < array.Items.Count; i++)
        {
            var path = $"makeUpWorkingDays[{i}]";
            var item = array.Items[i];
            if (item.Kind != JsonSourceKind.Object)
            {
                Error(item.Line, path, "每个调休上班日应写成 { \"date\": …, \"for\": … }。");
                continue;
            }

            var own = Fields(item, path, MakeUpFields);
            var date = RequiredDate(own, item, "date", path, year);
            var forHoliday = RequiredText(own, item, "for", "（为哪个节日调休，例如“春节”）", path);
            if (date is null || forHoliday is null)
            {
                continue;
            }

            var line = own["date"].Line;
            if (date.Value.DayOfWeek is not (DayOfWeek.Saturday or DayOfWeek.Sunday))
            {
                Error(line, $"{path}.date", $"{date:yyyy-MM-dd} 是{WeekdayName(date.Value)}，本来就是工作日；调休上班日只能是周六或周日。");
            }
            else if (holidays.FirstOrDefault(h => h.Contains(date.Value)) is { } clash)
            {
                Error(line, $"{path}.date", $"{date:yyyy-MM-dd} 同时在“{clash.Name}”假期之内，不能又是调休上班日。");
            }
            else if (makeUps.Any(m => m.Date == date.Value))
            {
                Error(line, $"{path}.date", $"调休上班日 {date:yyyy-MM-dd} 重复出现。");
            }
            else if (!_holidayEntryBroken && !holidays.Any(h => h.Name == forHoliday))
            {
                Error(own["for"].Line, $"{path}.for", $"“{forHoliday}”不在本文件的节假日列表中，请与 holidays 中的名称一致。");
            }
            else
            {
                makeUps.Add(new MakeUpWorkingDay(date.Value, forHoliday));
            }
        }

        return makeUps;
    }

    private Dictionary<string, JsonSourceNode> Fields(JsonSourceNode obj, string path, string[] allowed)
    {
        var fields = new Dictionary<string, JsonSourceNode>(StringComparer.Ordinal);
        foreach (var property in obj.Properties)
        {
            var fieldPath = path.Length == 0 ? property.Name : $"{path}.{property.Name}";
            if (!allowed.Contains(property.Name, StringComparer.Ordinal))
            {
                // Unknown fields are errors: a misspelt "makeupWorkingDays" would otherwise drop every 调休 silently.
                Error(property.Line, fieldPath, $"未知字段“{property.Name}”，允许的字段为：{string.Join("、", allowed)}。");
            }
            else if (!fields.TryAdd(property.Name, property.Value))
            {
                Error(property.Line, fieldPath, $"字段“{property.Name}”重复出现。");
            }
        }

        return fields;
    }

    private string? RequiredText(Dictionary<string, JsonSourceNode> fields, JsonSourceNode owner, string name, string hint, string path = "")
    {
        var fieldPath = path.Length == 0 ? name : $"{path}.{name}";
        if (!fields.TryGetValue(name, out var node))
        {
            Error(owner.Line, fieldPath, $"缺少必填字段“{name}”{hint}。");
            return null;
        }

        return Text(node, fieldPath, allowEmpty: false);
    }

    private string? Text(JsonSourceNode node, string fieldPath, bool allowEmpty)
    {
        if (node.Kind != JsonSourceKind.String)
        {
            Error(node.Line, fieldPath, $"应为字符串（加引号），实际为{node.KindName}。");
            return null;
        }

        var text = node.Text.Trim();
        if (!allowEmpty && text.Length == 0)
        {
            Error(node.Line, fieldPath, "不能为空。");
            return null;
        }

        return text;
    }

    private DateOnly? RequiredDate(Dictionary<string, JsonSourceNode> fields, JsonSourceNode owner, string name, string path, int year)
    {
        var fieldPath = $"{path}.{name}";
        var text = RequiredText(fields, owner, name, "（日期，格式 yyyy-MM-dd）", path);
        if (text is null)
        {
            return null;
        }

        var line = fields[name].Line;
        if (!DateOnly.TryParseExact(text, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var date))
        {
            Error(line, fieldPath, $"“{text}”不是有效日期，格式应为 yyyy-MM-dd，例如 {year}-10-01。");
            return null;
        }

        // A notice reaches at most into the neighbouring month across New Year (元旦 2023 began on 2022-12-31).
        if (date < new DateOnly(year - 1, 12, 1) || date > new DateOnly(year + 1, 1, 31))
        {
            Error(line, fieldPath, $"日期 {date:yyyy-MM-dd} 不属于 {year} 年度的放假通知（只允许 {year - 1} 年12月至 {year + 1} 年1月之间）。");
            return null;
        }

        return date;
    }

    private static string Shown(JsonSourceNode node) => node.Kind switch
    {
        JsonSourceKind.String or JsonSourceKind.Number => node.Text,
        JsonSourceKind.True => "true",
        JsonSourceKind.False => "false",
        _ => node.KindName,
    };

    private static string WeekdayName(DateOnly date) => WeekdayNames[(int)date.DayOfWeek];

    private void Error(int line, string fieldPath, string message) => errors.Add(new CalendarDataError(sourceName, line, fieldPath, message));
}
