using PerfWorkflow.Domain.Rectification;

namespace PerfWorkflow.Domain.Forms;

/// <summary>
/// The words the paper forms write for their choices (完成目标可能性, 偏差原因, 类别, 整改来源, 整改状态), in one place for
/// the file formats, the Portal's editors and its reading view. The stored JSON keeps the member names.
/// </summary>
public static class FormChoiceWords
{
    public static readonly IReadOnlyDictionary<CompletionLikelihood, string> Likelihoods = new Dictionary<CompletionLikelihood, string>
    {
        [CompletionLikelihood.Certain] = "确定能",
        [CompletionLikelihood.Possible] = "有可能",
        [CompletionLikelihood.Impossible] = "完全不可能",
    };

    public static readonly IReadOnlyDictionary<DeviationCause, string> Causes = new Dictionary<DeviationCause, string>
    {
        [DeviationCause.Funding] = "经费保障",
        [DeviationCause.Institutional] = "制度保障",
        [DeviationCause.Staffing] = "人员保障",
        [DeviationCause.Facilities] = "硬件条件保障",
        [DeviationCause.Other] = "其他",
    };

    public static readonly IReadOnlyDictionary<ProjectTableRowKind, string> RowKinds = new Dictionary<ProjectTableRowKind, string>
    {
        [ProjectTableRowKind.Project] = "项目",
        [ProjectTableRowKind.FundingUnit] = "资金使用单位",
    };

    // The 整改清单 names its sources as the aggregate does (RectificationSourceNames), except that a list filed with
    // the bureau calls review comments 财政评审.
    public static readonly IReadOnlyDictionary<RectificationSource, string> Sources =
        Enum.GetValues<RectificationSource>().ToDictionary(s => s, s => s == RectificationSource.Review ? "财政评审" : RectificationSourceNames.Of(s));

    public static readonly IReadOnlyDictionary<RectificationListRowStatus, string> Statuses = new Dictionary<RectificationListRowStatus, string>
    {
        [RectificationListRowStatus.Open] = "待整改",
        [RectificationListRowStatus.Submitted] = "已提交",
        [RectificationListRowStatus.Verified] = "已核实",
        [RectificationListRowStatus.Rejected] = "已退回",
    };

    /// <summary>
    /// A choice as a form's JSON stores it (the member name) in the form's words, chosen by the JSON property that holds
    /// it; null when the property holds no choice or the text is no member of it.
    /// </summary>
    public static string? OfStored(string property, string stored) => property switch
    {
        "likelihood" => Find(Likelihoods, stored),
        "deviationCauses" => Find(Causes, stored),
        "kind" => Find(RowKinds, stored),
        "source" => Find(Sources, stored),
        "status" => Find(Statuses, stored),
        _ => null,
    };

    // By member name only: the JSON writes names, and a number in a text field is the filer's, not a choice.
    private static string? Find<T>(IReadOnlyDictionary<T, string> words, string stored)
        where T : struct, Enum =>
        words.FirstOrDefault(w => w.Key.ToString() == stored).Value;
}
