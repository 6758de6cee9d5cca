using FsCheck;
using FsCheck.Fluent;
using PerfWorkflow.Domain.Calendar;
using static PerfWorkflow.Domain.Tests.Calendar.ShippedCalendars;

namespace PerfWorkflow.Domain.Tests.Calendar;

public class CalendarParserTests
{
    // Line numbers below count from this text's first line.
    private const string Valid = """
        {
          "format": "perfworkflow.working-day-calendar/1",
          "region": "CN",
          "year": 2026,
          "provisional": false,
          "source": "测试通知",
          "holidays": [
            { "name": "春节", "from": "2026-02-15", "to": "2026-02-23" },
            { "name": "国庆节", "from": "2026-10-01", "to": "2026-10-07" }
          ],
          "makeUpWorkingDays": [
            { "date": "2026-02-14", "for": "春节" },
            { "date": "2026-10-10", "for": "国庆节" }
          ]
        }
        """;

    private static CalendarDataError SingleError(string json)
    {
        var result = WorkingDayCalendarParser.Parse(json, "test.json");
        Assert.Null(result.Calendar);
        return Assert.Single(result.Errors);
    }

    [Fact]
    public void The_valid_sample_parses()
    {
        var result = WorkingDayCalendarParser.Parse(Valid);
        Assert.True(result.Succeeded);
        Assert.Empty(result.Errors);
        Assert.True(result.Calendar!.IsWorkingDay(D("2026-02-14")));
        Assert.False(result.Calendar.IsWorkingDay(D("2026-10-05")));
    }

    [Fact]
    public void A_make_up_day_on_a_weekday_is_reported_with_line_and_field()
    {
        var error = SingleError(Valid.Replace("\"date\": \"2026-02-14\"", "\"date\": \"2026-02-13\""));
        Assert.Equal(12, error.Line);
        Assert.Equal("makeUpWorkingDays[0].date", error.FieldPath);
        Assert.Contains("周五", error.Message);
        Assert.Equal("test.json", error.Source);
        Assert.StartsWith("test.json 第12行 makeUpWorkingDays[0].date：", error.ToString());
    }

    [Theory]
    [InlineData("\"date\": \"2026-10-10\", \"for\": \"国庆节\"", "\"date\": \"2026-10-04\", \"for\": \"国庆节\"", "makeUpWorkingDays[1].date", "假期之内")]
    [InlineData("\"date\": \"2026-10-10\", \"for\": \"国庆节\"", "\"date\": \"2026-10-10\", \"for\": \"国庆\"", "makeUpWorkingDays[1].for", "不在本文件的节假日列表")]
    [InlineData("\"date\": \"2026-10-10\", \"for\": \"国庆节\"", "\"date\": \"2026-02-14\", \"for\": \"国庆节\"", "makeUpWorkingDays[1].date", "重复")]
    [InlineData("\"from\": \"2026-02-15\"", "\"from\": \"2026/02/15\"", "holidays[0].from", "yyyy-MM-dd")]
    [InlineData("\"from\": \"2026-02-15\"", "\"from\": \"2026-02-30\"", "holidays[0].from", "不是有效日期")]
    [InlineData("\"to\": \"2026-10-07\"", "\"to\": \"2026-09-07\"", "holidays[1].to", "早于")]
    [InlineData("\"to\": \"2026-10-07\"", "\"to\": \"2026-11-07\"", "holidays[1].to", "超过 15 天")]
    [InlineData("\"from\": \"2026-10-01\"", "\"from\": \"2026-02-20\"", "holidays[1].to", "超过 15 天")]
    [InlineData("\"from\": \"2026-10-01\", \"to\": \"2026-10-07\"", "\"from\": \"2026-02-20\", \"to\": \"2026-02-25\"", "holidays[1]", "重叠")]
    [InlineData("\"from\": \"2026-10-01\"", "\"from\": \"2028-10-01\"", "holidays[1].from", "不属于 2026 年度")]
    [InlineData("\"year\": 2026", "\"year\": \"2026\"", "year", "整数")]
    [InlineData("\"year\": 2026", "\"year\": 2026.5", "year", "整数")]
    [InlineData("\"provisional\": false", "\"provisional\": \"false\"", "provisional", "true 或 false")]
    [InlineData("\"source\": \"测试通知\"", "\"source\": \"  \"", "source", "不能为空")]
    [InlineData("\"format\": \"perfworkflow.working-day-calendar/1\"", "\"format\": \"v2\"", "format", "不支持的格式")]
    [InlineData("\"region\": \"CN\",", "\"region\": \"CN\", \"region\": \"GD\",", "region", "重复出现")]
    [InlineData("\"name\": \"春节\",", "\"name\": 7,", "holidays[0].name", "应为字符串")]
    public void A_single_mistake_gives_one_chinese_error_on_its_field(string find, string replace, string fieldPath, string messagePart)
    {
        Assert.Contains(find, Valid);
        var error = SingleError(Valid.Replace(find, replace));
        Assert.Equal(fieldPath, error.FieldPath);
        Assert.Contains(messagePart, error.Message);
        Assert.InRange(error.Line, 1, 16);
    }

    [Theory]
    [InlineData("\"provisional\": false,", "provisional")]
    [InlineData("\"source\": \"测试通知\",", "source")]
    public void A_missing_required_field_is_named(string removed, string fieldPath)
    {
        var error = SingleError(Valid.Replace(removed, ""));
        Assert.Equal(fieldPath, error.FieldPath);
        Assert.Contains("缺少必填字段", error.Message);
    }

    [Fact]
    public void A_misspelt_field_is_unknown_and_the_real_one_missing()
    {
        var result = WorkingDayCalendarParser.Parse(Valid.Replace("\"makeUpWorkingDays\"", "\"makeupWorkingDays\""));
        Assert.Null(result.Calendar);
        Assert.Contains(result.Errors, e => e.FieldPath == "makeupWorkingDays" && e.Line == 11 && e.Message.Contains("未知字段"));
        Assert.Contains(result.Errors, e => e.FieldPath == "makeUpWorkingDays" && e.Message.Contains("缺少必填字段"));
    }

    [Fact]
    public void Broken_json_reports_the_line_of_the_break()
    {
        var error = SingleError(Valid.Replace("\"region\": \"CN\",", "\"region\": \"CN\""));
        Assert.Contains("JSON 格式错误", error.Message);
        Assert.Equal(4, error.Line);
    }

    [Theory]
    [InlineData(null)]
    [InlineData("")]
    [InlineData("   ")]
    [InlineData("[]")]
    [InlineData("2026")]
    [InlineData("{")]
    [InlineData("{} {}")]
    [InlineData("{\"a\": \"\\ud800\"}")]
    [InlineData("{\"holidays\": [1, \"x\", null]}")]
    public void Rubbish_gives_errors_not_exceptions(string? json)
    {
        var result = WorkingDayCalendarParser.Parse(json);
        Assert.False(result.Succeeded);
        Assert.NotEmpty(result.Errors);
        Assert.All(result.Errors, e => Assert.False(string.IsNullOrWhiteSpace(e.Message)));
    }

    [Fact]
    public void Comments_trailing_commas_and_a_byte_order_mark_are_tolerated()
    {
        Assert.Contains("\"国庆节\" }\n  ]", Valid);
        var edited = "\uFEFF// 财政局 2025-11 更新\n" + Valid.Replace("\"国庆节\" }\n  ]", "\"国庆节\" },\n  ]");
        Assert.True(WorkingDayCalendarParser.Parse(edited).Succeeded);
    }

    [Fact]
    public void Combining_files_checks_region_year_and_agreement()
    {
        var again = WorkingDayCalendarParser.ParseMany([("a.json", Valid), ("b.json", Valid)]);
        Assert.Contains(again.Errors, e => e.Source == "b.json" && e.FieldPath == "year" && e.Message.Contains("a.json"));

        var otherRegion = Valid.Replace("\"CN\"", "\"GD\"").Replace("2026", "2027");
        var mixed = WorkingDayCalendarParser.ParseMany([("a.json", Valid), ("b.json", otherRegion)]);
        Assert.Contains(mixed.Errors, e => e.FieldPath == "region");

        var disagreeing = """
            { "format": "perfworkflow.working-day-calendar/1", "region": "CN", "year": 2027, "provisional": true, "source": "x",
              "holidays": [ { "name": "元旦", "from": "2027-01-01", "to": "2027-01-03" } ],
              "makeUpWorkingDays": [ { "date": "2026-12-27", "for": "元旦" } ] }
            """;
        var withHoliday = Valid.Replace("\"from\": \"2026-10-01\", \"to\": \"2026-10-07\"", "\"from\": \"2026-12-25\", \"to\": \"2026-12-31\"");
        var clash = WorkingDayCalendarParser.ParseMany([("a.json", withHoliday), ("b.json", disagreeing)]);
        Assert.Contains(clash.Errors, e => e.Source == "b.json" && e.Message.Contains("2026-12-27"));
        Assert.Null(clash.Calendar);
    }

    [Fact]
    public void Arbitrary_text_never_throws() =>
        Check.One(Config.QuickThrowOnFailure.WithMaxTest(500), Prop.ForAll(ArbMap.Default.ArbFor<string>(), text =>
        {
            var result = WorkingDayCalendarParser.Parse(text);
            return result.Succeeded != (result.Errors.Count > 0);
        }));

    [Fact]
    public void Damaged_copies_of_the_shipped_file_never_throw_and_point_inside_it()
    {
        var original = Text("cn-2026.json");
        var lines = original.Split('\n').Length;
        var damage =
            from position in Gen.Choose(0, original.Length - 1)
            from length in Gen.Choose(0, 12)
            from insert in Gen.Elements("", "\"", ",", "}", "]", "{", "1", "2026-13-01", "周六", "\n", "null", ":")
            select original.Remove(position, Math.Min(length, original.Length - position)).Insert(position, insert);
        Check.One(Config.QuickThrowOnFailure.WithMaxTest(500), Prop.ForAll(damage.ToArbitrary(), text =>
        {
            var result = WorkingDayCalendarParser.Parse(text, "cn-2026.json");
            return result.Succeeded || result.Errors.All(e => e.Line >= 1 && e.Line <= lines + 1);
        }));
    }
}
