using System.Text.RegularExpressions;
using PerfWorkflow.Domain.Forms;
using PerfWorkflow.Domain.Validation;

namespace PerfWorkflow.Documents.Text;

/// <summary>
/// Rebuilds the 年度重点工作任务 table of a declaration. The PDF writes four columns side by side and the copy stacks
/// them: name lines, content lines, the amount, then the goal lines. The amount is the anchor; between two amounts
/// lie the previous task's goal, then this task's name, then its content. They are told apart by width, because
/// each column wraps at its own width in the template: name ≤ 10 characters, content about 15, goal 23 or more.
/// </summary>
internal static partial class KeyTaskReader
{
    private const int NameColumnMax = 20;
    private const int NameLineFullMin = 16;
    private const int ContentColumnMin = 22;
    private const int ContentColumnMax = 34;

    public static IReadOnlyList<KeyWorkTask> Read(IReadOnlyList<string> rawLines, List<Finding> notes)
    {
        var lines = rawLines.Select(l => l.Trim()).Where(l => l.Length > 0).ToList();
        var anchors = new List<(int Line, decimal Amount, string Goal)>();
        for (var i = 0; i < lines.Count; i++)
        {
            var match = AmountLine().Match(lines[i]);
            if (match.Success && Amounts.TryParse(match.Groups["amount"].Value, out var amount))
            {
                anchors.Add((i, amount, match.Groups["rest"].Value));
            }
        }

        if (anchors.Count == 0)
        {
            if (lines.Count > 0)
            {
                notes.Add(new Finding("import.key-tasks-unreadable", FindingSeverity.Error, "keyTasks",
                    $"年度重点工作任务中未找到任何拟投入资金金额，无法拆分任务，原文：“{Prose.Join(lines)}”。"));
            }

            return [];
        }

        var tasks = new List<KeyWorkTask>();
        var previousGoal = new List<string>();
        var segmentStart = 0;
        for (var a = 0; a < anchors.Count; a++)
        {
            var segment = lines.GetRange(segmentStart, anchors[a].Line - segmentStart);
            var (goalTail, name, content) = SplitSegment(segment);
            if (a == 0)
            {
                if (goalTail.Count > 0)
                {
                    notes.Add(new Finding("import.unplaced-text", FindingSeverity.Warning, "keyTasks[0]",
                        $"第一个重点工作任务之前有无法归类的文字：“{Prose.Join(goalTail)}”。"));
                }
            }
            else
            {
                previousGoal.AddRange(goalTail);
                tasks[^1] = tasks[^1] with { ExpectedOutcome = Prose.Join(previousGoal) };
            }

            if (name.Count == 0)
            {
                notes.Add(new Finding("import.key-task-name-missing", FindingSeverity.Warning, $"keyTasks[{a}].name",
                    $"第{a + 1}个重点工作任务（拟投入资金{anchors[a].Amount}万元）未找到任务名称。"));
            }

            if (content.Count == 0)
            {
                notes.Add(new Finding("import.key-task-content-missing", FindingSeverity.Warning, $"keyTasks[{a}].content",
                    $"第{a + 1}个重点工作任务“{Prose.Join(name)}”未找到主要实施内容。"));
            }

            tasks.Add(new KeyWorkTask(Prose.Join(name), Prose.Join(content), anchors[a].Amount, ""));
            previousGoal = anchors[a].Goal.Length > 0 ? [anchors[a].Goal] : [];
            segmentStart = anchors[a].Line + 1;
        }

        previousGoal.AddRange(lines.Skip(segmentStart));
        tasks[^1] = tasks[^1] with { ExpectedOutcome = Prose.Join(previousGoal) };
        return tasks;
    }

    /// <summary>
    /// Walks back from the amount: the content's last line may be short, the lines before it are content-wide; the
    /// name's last line may be short, the lines before it fill the name column and do not end a sentence. What is
    /// left in front is the previous task's goal.
    /// </summary>
    private static (List<string> GoalTail, List<string> Name, List<string> Content) SplitSegment(List<string> segment)
    {
        var index = segment.Count - 1;
        var contentStart = segment.Count;
        if (index >= 0 && TextWidth.Of(segment[index]) <= ContentColumnMax)
        {
            contentStart = index--;
            while (index >= 0 && TextWidth.Of(segment[index]) is >= ContentColumnMin and <= ContentColumnMax)
            {
                contentStart = index--;
            }
        }

        var nameStart = contentStart;
        if (index >= 0 && TextWidth.Of(segment[index]) <= NameColumnMax)
        {
            nameStart = index--;
            while (index >= 0 && TextWidth.Of(segment[index]) is >= NameLineFullMin and <= NameColumnMax
                   && !segment[index].EndsWith('。') && !segment[index].EndsWith('；'))
            {
                nameStart = index--;
            }
        }

        return (segment.GetRange(0, nameStart), segment.GetRange(nameStart, contentStart - nameStart),
            segment.GetRange(contentStart, segment.Count - contentStart));
    }

    // An amount is written with two decimals (250.50, 33,706.00); the goal may follow on the same line.
    [GeneratedRegex(@"^(?<amount>\d{1,3}(,\d{3})+\.\d{2}|\d+\.\d{2})(\s+(?<rest>.+))?$")]
    private static partial Regex AmountLine();
}
