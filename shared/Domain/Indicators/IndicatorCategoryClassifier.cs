namespace PerfWorkflow.Domain.Indicators;

/// <summary>
/// Reads the 一级 / 二级 texts real forms write — coded ("1-产出指标", "11-数量指标", "22-社会效益") or plain
/// ("产出指标", "社会效益指标", "服务对象满意度指标", "成本指标", "经济成本指标") — into one <see cref="IndicatorCategory"/>,
/// and says in Chinese when it cannot or when code and name disagree.
/// </summary>
public static class IndicatorCategoryClassifier
{
    public static IndicatorClassification Classify(string? level1Text, string? level2Text)
    {
        var problems = new List<string>();
        var l1 = ReadLevel1(level1Text, problems);
        var l2 = ReadLevel2(level2Text, l1, problems);

        if (l1 is null && l2 is not null)
        {
            // Continuation rows often leave the merged 一级 cell empty; the 二级 fixes the parent without doubt.
            l1 = IndicatorCategory.ParentOf(l2.Value);
        }
        else if (l1 is not null && l2 is not null && IndicatorCategory.ParentOf(l2.Value) != l1)
        {
            problems.Add($"二级指标“{level2Text?.Trim()}”不属于一级指标“{level1Text?.Trim()}”");
        }

        if (l1 is null && problems.Count == 0)
        {
            problems.Add("未填写一级指标");
        }

        return new IndicatorClassification(l1 is null ? null : new IndicatorCategory(l1.Value, l2), problems);
    }

    /// <summary>Reads a 一级 text alone; null when it cannot (the reason is added to <paramref name="problems"/>).</summary>
    public static IndicatorLevel1Category? ReadLevel1(string? text, List<string> problems)
    {
        ArgumentNullException.ThrowIfNull(problems);
        var (code, name) = SplitCode(text);
        if (code is null && name.Length == 0)
        {
            return null;
        }

        IndicatorLevel1Category? byCode = code switch
        {
            null => null,
            "1" => IndicatorLevel1Category.Output,
            "2" => IndicatorLevel1Category.Benefit,
            "3" => IndicatorLevel1Category.Satisfaction,
            _ => null,
        };
        if (code is not null && byCode is null)
        {
            problems.Add($"一级指标编码“{code}”无法识别");
        }

        IndicatorLevel1Category? byName = StripIndicatorSuffix(name) switch
        {
            "" => null,
            "产出" => IndicatorLevel1Category.Output,
            "效益" => IndicatorLevel1Category.Benefit,
            "满意度" => IndicatorLevel1Category.Satisfaction,
            "成本" => IndicatorLevel1Category.Cost,
            _ => null,
        };
        if (name.Length > 0 && byName is null)
        {
            problems.Add($"一级指标“{text!.Trim()}”无法识别（应为产出、效益、满意度或成本指标）");
        }

        if (byCode is not null && byName is not null && byCode != byName)
        {
            problems.Add($"一级指标“{text!.Trim()}”的编码与名称不一致");
            return byName;
        }

        return byName ?? byCode;
    }

    /// <summary>Reads a 二级 text; the 一级 (when known) settles the one ambiguous name, "成本指标".</summary>
    public static IndicatorLevel2Category? ReadLevel2(string? text, IndicatorLevel1Category? level1, List<string> problems)
    {
        ArgumentNullException.ThrowIfNull(problems);
        var (code, name) = SplitCode(text);
        if (code is null && name.Length == 0)
        {
            return null;
        }

        IndicatorLevel2Category? byCode = code switch
        {
            null => null,
            "11" => IndicatorLevel2Category.Quantity,
            "12" => IndicatorLevel2Category.Quality,
            "13" => IndicatorLevel2Category.Timeliness,
            "14" => IndicatorLevel2Category.OutputCost,
            "21" => IndicatorLevel2Category.EconomicBenefit,
            "22" => IndicatorLevel2Category.SocialBenefit,
            "23" => IndicatorLevel2Category.EcologicalBenefit,
            "24" => IndicatorLevel2Category.SustainableImpact,
            "31" => IndicatorLevel2Category.ServiceRecipientSatisfaction,
            _ => null,
        };
        if (code is not null && byCode is null)
        {
            problems.Add($"二级指标编码“{code}”无法识别");
        }

        IndicatorLevel2Category? byName = null;
        var stem = StripIndicatorSuffix(name);
        switch (stem)
        {
            case "":
                break;
            case "数量": byName = IndicatorLevel2Category.Quantity; break;
            case "质量": byName = IndicatorLevel2Category.Quality; break;
            case "时效": byName = IndicatorLevel2Category.Timeliness; break;
            case "经济效益": byName = IndicatorLevel2Category.EconomicBenefit; break;
            case "社会效益": byName = IndicatorLevel2Category.SocialBenefit; break;
            case "生态效益": byName = IndicatorLevel2Category.EcologicalBenefit; break;
            case "可持续影响" or "可持续影响效益": byName = IndicatorLevel2Category.SustainableImpact; break;
            case "服务对象满意度" or "满意度" or "社会公众或服务对象满意度" or "社会公众满意度":
                byName = IndicatorLevel2Category.ServiceRecipientSatisfaction; break;
            case "经济成本": byName = IndicatorLevel2Category.EconomicCost; break;
            case "社会成本": byName = IndicatorLevel2Category.SocialCost; break;
            case "生态环境成本" or "生态成本" or "环境成本": byName = IndicatorLevel2Category.EcologicalEnvironmentCost; break;
            case "成本":
                // "成本指标" is a 二级 under 产出 only in the older scheme; under the newer 成本 一级 it names no 二级.
                if (level1 == IndicatorLevel1Category.Output || code == "14")
                {
                    return IndicatorLevel2Category.OutputCost;
                }

                if (level1 is null)
                {
                    problems.Add("二级指标“成本指标”不明确：请同时填写一级指标（产出指标或成本指标）");
                }
                else
                {
                    problems.Add($"二级指标“成本指标”不明确：{IndicatorCategory.ChineseName(level1.Value)}下应填写具体的二级指标");
                }

                return null;
            default:
                problems.Add($"二级指标“{text!.Trim()}”无法识别");
                break;
        }

        if (byCode is not null && byName is not null && byCode != byName)
        {
            problems.Add($"二级指标“{text!.Trim()}”的编码与名称不一致");
            return byName;
        }

        return byName ?? byCode;
    }

    /// <summary>Splits "11-数量指标" into ("11", "数量指标"); whitespace and full-width digits are tolerated.</summary>
    private static (string? Code, string Name) SplitCode(string? text)
    {
        if (string.IsNullOrWhiteSpace(text))
        {
            return (null, "");
        }

        var s = TextNormalizer.Normalize(text);
        var digits = 0;
        while (digits < s.Length && char.IsAsciiDigit(s[digits]))
        {
            digits++;
        }

        if (digits == 0)
        {
            return (null, s);
        }

        var rest = s.AsSpan(digits).TrimStart("-－—–_.、:：)）");
        return (s[..digits], rest.ToString());
    }

    private static string StripIndicatorSuffix(string name) =>
        name.EndsWith("指标", StringComparison.Ordinal) ? name[..^2] : name;
}
