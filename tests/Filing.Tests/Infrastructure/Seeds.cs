namespace PerfWorkflow.Filing.Tests.Infrastructure;

/// <summary>File names of the five real filings, and what each is.</summary>
public static class Seeds
{
    /// <summary>部门整体预算绩效目标申报表 of 天河科技园; no errors.</summary>
    public const string Declaration000 = "1-tianhe-science-park.declaration.txt";

    /// <summary>2022 部门整体支出绩效自评报告 of 穗港科技合作园; no errors, states 96 points.</summary>
    public const string Report001 = "2-suigang-park.self-evaluation-report-2022.txt";

    /// <summary>项目支出绩效目标表 of 穗港科技合作园; warnings only.</summary>
    public const string ProjectTable002 = "3-suigang-park.project-table.txt";

    /// <summary>2021 部门整体支出绩效自评表 of 天河中央商务区; one real error: 预算完成率 96.20% vs 96.16%.</summary>
    public const string SelfEvaluation003 = "4-tianhe-cbd.self-evaluation-table-2021.txt";

    /// <summary>申报表 of 番禺区科技工业商务和信息化局; one real error: 年度指标值 “1000年” against “1000件”.</summary>
    public const string Declaration004 = "5-panyu-industry-bureau.declaration.txt";
}
