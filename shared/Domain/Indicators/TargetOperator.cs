namespace PerfWorkflow.Domain.Indicators;

/// <summary>How a target compares with its number(s). 以上 / 以下 / 以内 include the number itself (民法典 第1259条).</summary>
public enum TargetOperator
{
    /// <summary>"100%", "5个": the value itself.</summary>
    Equal,

    /// <summary>"≥30家", "不少于150家", "90%及以上", "1000亿元以上".</summary>
    AtLeast,

    /// <summary>"超过2300亿元", "&gt;5".</summary>
    GreaterThan,

    /// <summary>"≤90万元", "不超过…", "控制在3个工作日以内", "不高于标准".</summary>
    AtMost,

    /// <summary>"&lt;5", "少于3次".</summary>
    LessThan,

    /// <summary>"1-2个", "6-8条": two numbers, lower then upper.</summary>
    Range,

    /// <summary>"约1.9万平方米", "100个左右".</summary>
    Approximately,

    /// <summary>"587；3": several values in one cell.</summary>
    Several,
}
