namespace PerfWorkflow.Documents;

/// <summary>Says which form a text holds, from the title it carries.</summary>
public static class FormRecognizer
{
    // A report's prose may name other forms ("绩效运行监控表等各类表单"), so the title written first wins,
    // not the first title in this list.
    private static readonly (string Title, FormKind Kind)[] Titles =
    [
        ("部门整体预算绩效目标申报表", FormKind.DepartmentDeclaration),
        ("项目支出绩效目标表", FormKind.ProjectTable),
        ("绩效运行监控表", FormKind.MonitoringForm),
        ("自评报告", FormKind.SelfEvaluationReport),
        ("部门整体支出绩效自评表", FormKind.SelfEvaluationTable),
        ("整改清单", FormKind.RectificationList),
    ];

    public static FormKind Recognize(string? text)
    {
        if (string.IsNullOrWhiteSpace(text))
        {
            return FormKind.Unknown;
        }

        var best = FormKind.Unknown;
        var bestIndex = int.MaxValue;
        foreach (var (title, kind) in Titles)
        {
            var index = text.IndexOf(title, StringComparison.Ordinal);
            if (index >= 0 && index < bestIndex)
            {
                bestIndex = index;
                best = kind;
            }
        }

        return best;
    }
}
