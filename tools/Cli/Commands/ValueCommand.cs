using System.Globalization;
using PerfWorkflow.Cli.Output;
using PerfWorkflow.Domain.Indicators;

namespace PerfWorkflow.Cli.Commands;

/// <summary>
/// perfwf value TEXT [--name 指标名称]: how one 指标值 reads. With --name a unit-less value takes its unit from the
/// indicator's name, as validation and scoring do.
/// </summary>
public static class ValueCommand
{
    public static int Run(CliArguments args, TextWriter stdout)
    {
        var text = args.SinglePositional("要解析的指标值（如 \"≥30家\"）");
        var name = args.Value("--name");
        var value = name is null ? TargetValueParser.Parse(text) : IndicatorUnitResolver.Resolve(name, text);
        if (args.Json)
        {
            CliJson.Write(stdout, value);
        }
        else
        {
            Print(stdout, value);
        }

        return ExitCodes.Success;
    }

    private static void Print(TextWriter output, TargetValue value)
    {
        output.WriteLine($"原文 Raw: {value.Raw}");
        output.WriteLine($"类型 Kind: {KindWord(value.Kind)}");
        if (value.Operator is { } op)
        {
            output.WriteLine($"运算 Operator: {OperatorSymbol(op)} ({CliJsonName(op)})");
        }

        if (value.Numbers.Count > 0)
        {
            var label = value.Operator == TargetOperator.Range ? "区间 Range" : value.Numbers.Count > 1 ? "数值 Numbers" : "数值 Number";
            var separator = value.Operator == TargetOperator.Range ? " - " : "；";
            output.WriteLine($"{label}: {string.Join(separator, value.Numbers.Select(Number))}");
        }

        if (value.Unit is { } unit)
        {
            var written = value.WrittenUnit is { } w && w != unit.Symbol ? $"，原文单位“{w}”" : "";
            output.WriteLine($"单位 Unit: {unit.Symbol} ({CliJsonName(unit.Dimension)}{written}；来源 {SourceWord(value.UnitSource)})");
        }
        else if (value.IsQuantitative)
        {
            output.WriteLine("单位 Unit: 无 (none)");
        }

        if (value.QualitativeText is { } words)
        {
            output.WriteLine($"定性内容 Text: {words}");
        }

        if (value.Status != CompletionStatus.None)
        {
            output.WriteLine($"完成状态 Status: {StatusWord(value.Status)}");
        }

        if (value.Label is { } labelText)
        {
            output.WriteLine($"标签 Label: {labelText}");
        }

        if (value.Remark is { } remark)
        {
            output.WriteLine($"补充 Remark: {remark}");
        }

        foreach (var note in value.Notes)
        {
            output.WriteLine($"说明 Note: {note}");
        }
    }

    private static string Number(decimal n) => n.ToString("#,0.######", CultureInfo.InvariantCulture);

    private static string CliJsonName<T>(T value) where T : struct, Enum =>
        System.Text.Json.JsonNamingPolicy.CamelCase.ConvertName(value.ToString());

    private static string KindWord(TargetValueKind kind) => kind switch
    {
        TargetValueKind.Quantitative => "定量 quantitative",
        TargetValueKind.Qualitative => "定性 qualitative",
        _ => "空 empty",
    };

    private static string OperatorSymbol(TargetOperator op) => op switch
    {
        TargetOperator.Equal => "=",
        TargetOperator.AtLeast => "≥",
        TargetOperator.GreaterThan => ">",
        TargetOperator.AtMost => "≤",
        TargetOperator.LessThan => "<",
        TargetOperator.Range => "区间",
        TargetOperator.Approximately => "≈",
        _ => "多值",
    };

    private static string SourceWord(UnitSource source) => source switch
    {
        UnitSource.Value => "指标值 value",
        UnitSource.SiblingValue => "同一指标的另一指标值 sibling value",
        UnitSource.IndicatorName => "指标名称 indicator name",
        _ => "无 none",
    };

    private static string StatusWord(CompletionStatus status) => status switch
    {
        CompletionStatus.Completed => "已完成 completed",
        CompletionStatus.InProgress => "进行中 in progress",
        _ => "未完成 not completed",
    };
}
