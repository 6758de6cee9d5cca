using System.Text.RegularExpressions;
using PerfWorkflow.Domain.Forms;
using PerfWorkflow.Domain.Forms.Validation;

namespace PerfWorkflow.Documents.Text;

/// <summary>
/// Reads the figures a 自评报告 states in prose, paragraph by paragraph, and notes the sentence each came from
/// (<see cref="ReportLocator"/>): the department's totals (the first statement and every restatement), the spending by
/// nature and by source, each project's execution with the reason given near it, the evaluated share of 项目支出,
/// and the score and grade.
/// </summary>
internal static partial class ReportFigures
{
    private const string Number = @"[\d,]+(?:\.\d+)?";

    public static SelfEvaluationReport Read(SelfEvaluationReport report, string flat)
    {
        var locators = new Dictionary<string, string>(StringComparer.Ordinal);
        var totals = new List<(BudgetStatement Statement, string Locator, Place Place)>();
        var projects = new List<ProjectExecutionSummary>();
        LabelledAmount[] sources = [];
        decimal? basic = null, project = null, evaluated = null;
        StatedPercentage? evaluatedShare = null;

        foreach (var place in Places(report))
        {
            var text = place.Text;
            var statements = Totals().Matches(text).Cast<Match>().Concat(ProjectLines().Matches(text)).OrderBy(m => m.Index).ToList();
            foreach (Match match in Totals().Matches(text))
            {
                totals.Add((new BudgetStatement(Money(match.Groups["budget"].Value) ?? 0m, Money(match.Groups["executed"].Value) ?? 0m,
                    Percent(match.Groups["rate"].Value)), place.Locate(match.Index), place with { Statements = statements, Match = match }));
            }

            foreach (Match match in ProjectLines().Matches(text))
            {
                locators[$"projectExecutions[{projects.Count}]"] = place.Locate(match.Index);
                projects.Add(new ProjectExecutionSummary
                {
                    ProjectName = match.Groups["name"].Value.Trim(),
                    Budget = Money(match.Groups["budget"].Value) ?? 0m,
                    Executed = Money(match.Groups["executed"].Value) ?? 0m,
                    StatedExecutionRate = Percent(match.Groups["rate"].Value),
                    ShortfallExplanation = ShortfallReasons.FindIn(NearText(report, place, statements, match)) ?? "",
                });
            }

            if (basic is null && Split().Match(text) is { Success: true } split)
            {
                (basic, project) = (Money(split.Groups["basic"].Value), Money(split.Groups["project"].Value));
                locators["budget.expenditureSplit"] = place.Locate(split.Index);
            }

            if (sources.Length == 0 && Sources().Match(text) is { Success: true } bySource)
            {
                sources = [.. SourceItem().Matches(bySource.Groups["items"].Value)
                    .Select(m => new LabelledAmount(m.Groups["label"].Value.Trim(), Money(m.Groups["amount"].Value) ?? 0m))];
                locators["budget.fundingSources"] = place.Locate(bySource.Index);
            }

            if (evaluated is null && Share().Match(text) is { Success: true } share)
            {
                (evaluated, evaluatedShare) = (Money(share.Groups["funds"].Value), Percent(share.Groups["rate"].Value));
                locators["budget.evaluatedProjectShare"] = place.Locate(share.Index);
            }
        }

        var (score, grade) = ReadConclusion(report, flat, locators);
        BudgetStatement? stated = null;
        if (totals.Count > 0)
        {
            stated = totals[0].Statement;
            locators["budget.executionRate"] = totals[0].Locator;
            for (var i = 1; i < totals.Count; i++)
            {
                locators[$"budgetRestatements[{i - 1}]"] = totals[i].Locator;
            }
        }
        else if (Totals().Match(flat) is { Success: true } anywhere)
        {
            // Split across paragraphs: still read, without a sentence to point to.
            stated = new BudgetStatement(Money(anywhere.Groups["budget"].Value) ?? 0m, Money(anywhere.Groups["executed"].Value) ?? 0m,
                Percent(anywhere.Groups["rate"].Value));
        }

        return report with
        {
            Score = score,
            Grade = grade,
            AnnualBudget = stated?.Budget,
            Executed = stated?.Executed,
            StatedExecutionRate = stated?.StatedExecutionRate,
            ExecutionShortfallExplanation = DepartmentReason(report, totals.Select(t => t.Place)) ?? "",
            BudgetRestatements = [.. totals.Skip(1).Select(t => t.Statement)],
            BasicExpenditure = basic,
            ProjectExpenditure = project,
            FundingSources = sources,
            EvaluatedProjectFunds = evaluated,
            StatedEvaluatedProjectShare = evaluatedShare,
            ProjectExecutions = projects,
            SentenceLocators = locators,
        };
    }

    /// <summary>
    /// A report whose figures come from elsewhere (the workbook's 关键数据 sheet) completed with what only its text holds:
    /// restatements, spending by source, the evaluated project share and the sentence of each figure.
    /// </summary>
    public static SelfEvaluationReport Complete(SelfEvaluationReport stated)
    {
        ArgumentNullException.ThrowIfNull(stated);
        var read = Read(stated, string.Concat(stated.Sections.SelectMany(s => s.Paragraphs)));

        // A project row points to a sentence only when the text names the same project in the same place.
        var locators = read.SentenceLocators
            .Where(l => !l.Key.StartsWith("projectExecutions[", StringComparison.Ordinal)
                || ProjectIndex(l.Key) is var i && i < stated.ProjectExecutions.Count && i < read.ProjectExecutions.Count
                    && stated.ProjectExecutions[i].ProjectName == read.ProjectExecutions[i].ProjectName)
            .ToDictionary(l => l.Key, l => l.Value, StringComparer.Ordinal);
        return stated with
        {
            BudgetRestatements = read.BudgetRestatements,
            FundingSources = read.FundingSources,
            EvaluatedProjectFunds = read.EvaluatedProjectFunds,
            StatedEvaluatedProjectShare = read.StatedEvaluatedProjectShare,
            SentenceLocators = locators,
        };
    }

    private static int ProjectIndex(string key) =>
        int.Parse(key.AsSpan("projectExecutions[".Length, key.Length - "projectExecutions[".Length - 1), System.Globalization.CultureInfo.InvariantCulture);

    /// <summary>Found in the 自评结论 first (the score is stated there), else anywhere.</summary>
    private static (decimal? Score, string Grade) ReadConclusion(SelfEvaluationReport report, string flat, Dictionary<string, string> locators)
    {
        decimal? score = null;
        var grade = "";
        var places = Places(report).ToList();
        foreach (var place in places.Where(p => p.Heading.Contains("自评结论", StringComparison.Ordinal)).Concat(places))
        {
            if (score is null && Score().Match(place.Text) is { Success: true } s)
            {
                score = Money(s.Groups[1].Value);
                locators["conclusion.score"] = place.Locate(s.Index);
            }

            if (grade.Length == 0 && Grade().Match(place.Text) is { Success: true } g)
            {
                grade = g.Groups[1].Value;
                locators["conclusion.grade"] = place.Locate(g.Index);
            }
        }

        if (score is null && Score().Match(flat) is { Success: true } flatScore)
        {
            score = Money(flatScore.Groups[1].Value);
        }

        if (grade.Length == 0 && Grade().Match(flat) is { Success: true } flatGrade)
        {
            grade = flatGrade.Groups[1].Value;
        }

        return (score, grade);
    }

    /// <summary>
    /// The text "near" a statement: from the start of its clause group (after the last 。 or ；) to the start
    /// of the next one, and the following paragraph of the section when no other statement follows in this one.
    /// </summary>
    private static string NearText(SelfEvaluationReport report, Place place, List<Match> statements, Match match)
    {
        var text = place.Text;
        var index = statements.FindIndex(m => m.Index == match.Index);
        // From the start of its clause group: a reason written after the statement before it belongs to that one.
        var clauseStart = text.AsSpan(0, match.Index).LastIndexOfAny("。；;") + 1;
        var start = index > 0 ? Math.Max(statements[index - 1].Index + statements[index - 1].Length, clauseStart) : clauseStart;
        var end = index + 1 < statements.Count ? statements[index + 1].Index : text.Length;
        var near = text[start..end];
        var paragraphs = report.Sections[place.Section].Paragraphs;
        return index + 1 < statements.Count || place.Paragraph + 1 >= paragraphs.Count ? near : near + paragraphs[place.Paragraph + 1];
    }

    /// <summary>Near any statement of the department's totals, or in a section about deviations (偏差 / 原因).</summary>
    private static string? DepartmentReason(SelfEvaluationReport report, IEnumerable<Place> statements)
    {
        foreach (var place in statements)
        {
            if (ShortfallReasons.FindIn(NearText(report, place, place.Statements, place.Match!)) is { } reason)
            {
                return reason;
            }
        }

        return report.Sections
            .Where(s => s.Heading.Contains("原因", StringComparison.Ordinal) || s.Heading.Contains("偏差", StringComparison.Ordinal))
            .Select(s => ShortfallReasons.FindIn(string.Join("\n", s.Paragraphs)) ?? (s.Paragraphs.Count > 0 ? string.Join("\n", s.Paragraphs) : null))
            .FirstOrDefault(r => r is not null);
    }

    private static IEnumerable<Place> Places(SelfEvaluationReport report)
    {
        for (var s = 0; s < report.Sections.Count; s++)
        {
            for (var p = 0; p < report.Sections[s].Paragraphs.Count; p++)
            {
                yield return new Place(s, p, report.Sections[s].Heading, report.Sections[s].Paragraphs[p], [], null);
            }
        }
    }

    private static decimal? Money(string text) => Amounts.TryParse(text, out var amount) ? amount : null;

    private static StatedPercentage? Percent(string text) => Amounts.TryParsePercent(text, out var rate) ? rate : null;

    private sealed record Place(int Section, int Paragraph, string Heading, string Text, List<Match> Statements, Match? Match)
    {
        public string Locate(int offset) => ReportLocator.Of(Section, Paragraph, ReportLocator.SentenceAt(Text, offset));
    }

    [GeneratedRegex(@"得分\s*(\d+(?:\.\d+)?)\s*分")]
    private static partial Regex Score();

    [GeneratedRegex(@"等级\s*(?:为|是|[:：])\s*(优秀|良好|中等|较差|[优良中差])")]
    private static partial Regex Grade();

    [GeneratedRegex(@"全年预算数\s*(?<budget>" + Number + @")\s*万元[，,]\s*执行数\s*(?<executed>" + Number + @")\s*万元[，,]\s*完成预算的\s*(?<rate>\d+(?:\.\d+)?)\s*%")]
    private static partial Regex Totals();

    [GeneratedRegex(@"基本\s*支出\s*(?<basic>" + Number + @")\s*万元[，,]\s*项目支出\s*(?<project>" + Number + @")\s*万元")]
    private static partial Regex Split();

    [GeneratedRegex(@"(?<name>[^，；。、]{1,60}?)项目全年预算数为?\s*(?<budget>" + Number + @")\s*万元[，,]\s*执行数为?\s*(?<executed>" + Number + @")\s*万元[，,]\s*完成预算的\s*(?<rate>\d+(?:\.\d+)?)\s*%")]
    private static partial Regex ProjectLines();

    [GeneratedRegex(@"按资金来源分[，,：:]?(?<items>[^。]*)")]
    private static partial Regex Sources();

    [GeneratedRegex(@"(?<label>[^，,；;。\d]+?)\s*(?<amount>" + Number + @")\s*万元")]
    private static partial Regex SourceItem();

    [GeneratedRegex(@"共涉及资金\s*(?<funds>" + Number + @")\s*万元[，,]\s*占[^，。；\d]*项目支出[^，。；\d]*的\s*(?<rate>\d+(?:\.\d+)?)\s*%")]
    private static partial Regex Share();
}
