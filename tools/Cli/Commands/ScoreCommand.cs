using System.Globalization;
using System.Text.Json;
using PerfWorkflow.Cli.Output;
using PerfWorkflow.Domain.Forms;

namespace PerfWorkflow.Cli.Commands;

/// <summary>perfwf score FILE: the self-evaluation score breakdown and grade of a 自评表 or 自评报告.</summary>
public static class ScoreCommand
{
    public static int Run(CliArguments args, TextWriter stdout)
    {
        var assessment = SelfEvaluationScoring.ParseAssessment(args.Value("--qualitative"));
        var loaded = FormFile.Load(args.SinglePositional("要评分的自评表文件"));
        var outcome = SelfEvaluationScoring.Score(loaded, assessment);
        if (args.Json)
        {
            CliJson.Write(stdout, new ScoreDocument(loaded.FilePath, KindNames.Of(loaded.Kind), FormKinds.TitleOf(loaded.Kind),
                outcome.Total, outcome.GradeName, JsonNamingPolicy.CamelCase.ConvertName(outcome.Grade.ToString()), outcome.Complete,
                outcome.ExecutionRate is { } r ? Math.Round(r, 6, MidpointRounding.AwayFromZero) : null,
                outcome.StatedScore, outcome.StatedGrade, outcome.Lines, outcome.Findings, outcome.Remarks));
        }
        else
        {
            Print(stdout, loaded, outcome);
        }

        return outcome.ExitCode;
    }

    private static void Print(TextWriter output, LoadedForm loaded, ScoreOutcome outcome)
    {
        output.WriteLine($"文件 File: {loaded.FilePath}");
        output.WriteLine($"表单 Form: {FormKinds.TitleOf(loaded.Kind)}");
        output.WriteLine($"自评得分 Score: {Number(outcome.Total)} 分   等级 Grade: {outcome.GradeName}" + (outcome.Complete ? "" : "（未完成：有指标无法计分 incomplete）"));
        if (outcome.StatedScore is not null || outcome.StatedGrade is not null)
        {
            output.WriteLine($"表单自述 Stated: {(outcome.StatedScore is { } s ? Number(s) + " 分" : "-")}   等级 {outcome.StatedGrade ?? "-"}");
        }

        output.WriteLine();
        output.WriteLine("计分明细 Breakdown:");
        foreach (var line in outcome.Lines)
        {
            var category = line.Category is null ? "" : $"（{line.Category}）";
            output.WriteLine($"  {line.Path}  {line.Name}{category}  权重 {Number(line.Weight)}  得分 {Number(line.Score)}");
            output.WriteLine($"      {line.Explanation}");
        }

        foreach (var finding in outcome.Findings)
        {
            output.WriteLine();
            output.WriteLine($"[{FindingPrinter.SeverityWord(finding.Severity)}] {finding.Code}  {finding.FieldPath}");
            output.WriteLine($"    {finding.Message}");
        }

        foreach (var remark in outcome.Remarks)
        {
            output.WriteLine();
            output.WriteLine($"说明: {remark}");
        }
    }

    private static string Number(decimal value) => value.ToString("0.00", CultureInfo.InvariantCulture);
}
