namespace PerfWorkflow.Domain.Filings;

/// <summary>The names people read for each stage.</summary>
public static class CycleStageNames
{
    public static string Of(CycleStage stage) => stage switch
    {
        CycleStage.Declaration => "绩效目标申报",
        CycleStage.Monitoring => "绩效运行监控",
        CycleStage.SelfEvaluation => "绩效自评",
        CycleStage.Rectification => "整改",
        CycleStage.Closed => "已结束",
        _ => stage.ToString(),
    };

    /// <summary>
    /// The name of a stage the services exchange by its key ("Declaration", as contracts and APIs carry it); a key no
    /// stage has is shown as it is rather than hidden.
    /// </summary>
    public static string OfKey(string key) =>
        Enum.GetNames<CycleStage>().Contains(key, StringComparer.Ordinal) ? Of(Enum.Parse<CycleStage>(key)) : key;
}
