namespace PerfWorkflow.Domain.Indicators;

/// <summary>
/// Reads a 指标值 as forms write it ("≥30家", "不少于150家", "90%及以上", "超过2300亿元", "控制在3个工作日以内",
/// "1-2个", "约1.9万平方米", "587；3", "合规", "36栋，已完成" …) into a <see cref="TargetValue"/>.
/// Never throws: whatever it cannot read becomes a qualitative value with a note saying why.
/// </summary>
public static class TargetValueParser
{
    private const string TrailingPunctuation = "。.;,、!！";

    public static TargetValue Parse(string? text)
    {
        if (string.IsNullOrWhiteSpace(text))
        {
            return TargetValue.Empty(text);
        }

        // Normalise on the stack for ordinary cells: the parser is benchmarked in indicators per second.
        char[]? rented = null;
        var buffer = text.Length <= 256 ? stackalloc char[text.Length] : (rented = System.Buffers.ArrayPool<char>.Shared.Rent(text.Length));
        try
        {
            var length = TextNormalizer.Normalize(text, buffer);
            return ParseNormalized(text, buffer[..length].TrimEnd(TrailingPunctuation));
        }
        finally
        {
            if (rented is not null)
            {
                System.Buffers.ArrayPool<char>.Shared.Return(rented);
            }
        }
    }

    private static TargetValue ParseNormalized(string text, ReadOnlySpan<char> s)
    {
        if (s.IsEmpty)
        {
            return TargetValue.Empty(text);
        }

        if (s.Contains(';'))
        {
            return ParseSeveral(text, s);
        }

        var comma = FindClauseComma(s);
        var head = comma < 0 ? s : s[..comma];
        var clause = head.IsEmpty ? new TargetClause() : TargetClauseReader.Read(head);
        if (!clause.IsQuantitative)
        {
            return Qualitative(text, s, clause.Notes);
        }

        string? remark = null;
        if (comma >= 0)
        {
            var tail = s[(comma + 1)..].Trim(TrailingPunctuation);
            if (OperatorWords.TryMatchWholeStatus(tail, out var status))
            {
                clause.Status = status;
            }
            else if (!tail.IsEmpty)
            {
                remark = tail.ToString();
                clause.Notes.Add($"逗号后的文字“{remark}”视为补充说明，未参与计算");
            }
        }

        return FromClause(text, clause) with { Remark = remark };
    }

    /// <summary>"587；3": every part must be a plain number with one common unit (or none), else it is a sentence.</summary>
    private static TargetValue ParseSeveral(string raw, ReadOnlySpan<char> s)
    {
        var numbers = new List<decimal>(2);
        MeasureUnit? unit = null;
        string? writtenUnit = null;
        var notes = new List<string>();
        foreach (var range in s.Split(';'))
        {
            var part = s[range].Trim(TrailingPunctuation);
            if (part.IsEmpty)
            {
                continue;
            }

            var clause = FindClauseComma(part) >= 0 ? new TargetClause() : TargetClauseReader.Read(part);
            if (!clause.IsQuantitative || clause.Operator != TargetOperator.Equal
                || (unit is not null && clause.Unit is not null && !unit.IsCompatibleWith(clause.Unit)))
            {
                return Qualitative(raw, s, ["一格内有多个分项，无法读作单一定量值，按定性处理"]);
            }

            numbers.Add(clause.First);
            unit ??= clause.Unit;
            writtenUnit ??= clause.WrittenUnit;
            notes.AddRange(clause.Notes);
        }

        if (numbers.Count == 1)
        {
            return Parse(s.ToString().Replace(";", "", StringComparison.Ordinal)) with { Raw = raw };
        }

        if (numbers.Count == 0)
        {
            return TargetValue.Empty(raw);
        }

        notes.Add($"一格内有{numbers.Count}个数值，逐项读取");
        return new TargetValue
        {
            Raw = raw,
            Kind = TargetValueKind.Quantitative,
            Operator = TargetOperator.Several,
            Numbers = numbers,
            Unit = unit,
            WrittenUnit = writtenUnit,
            UnitSource = unit is null ? UnitSource.None : UnitSource.Value,
            Notes = notes,
        };
    }

    private static TargetValue FromClause(string raw, TargetClause clause) => new()
    {
        Raw = raw,
        Kind = TargetValueKind.Quantitative,
        Operator = clause.Operator,
        Numbers = clause.Second is null ? [clause.First] : [clause.First, clause.Second.Value],
        Unit = clause.Unit,
        WrittenUnit = clause.WrittenUnit,
        UnitSource = clause.Unit is null ? UnitSource.None : UnitSource.Value,
        Status = clause.Status,
        Label = clause.Label,
        Notes = clause.Notes,
    };

    /// <summary>
    /// A 定性 value. A leading comparison word is kept as its operator ("不高于标准" → ≤ "标准"), and a lone status
    /// ("已完成") as its status, so scoring and validation can still use them.
    /// </summary>
    private static TargetValue Qualitative(string raw, ReadOnlySpan<char> s, IReadOnlyList<string> clauseNotes)
    {
        TargetOperator? op = null;
        var text = s;
        // Only the four comparisons: "约…" or "近…" opening a sentence are ordinary words, not an ≈.
        if (OperatorWords.TryMatchPrefix(s, out var prefixOp, out var length) && length < s.Length
            && prefixOp is TargetOperator.AtLeast or TargetOperator.GreaterThan or TargetOperator.AtMost or TargetOperator.LessThan)
        {
            op = prefixOp;
            text = s[length..];
        }
        else if (s.StartsWith(OperatorWords.ControlWord, StringComparison.Ordinal) && s.Length > OperatorWords.ControlWord.Length)
        {
            op = TargetOperator.AtMost;
            text = s[OperatorWords.ControlWord.Length..];
        }

        var notes = new List<string>(clauseNotes);
        if (s.IndexOfAnyInRange('0', '9') >= 0 && notes.Count == 0)
        {
            notes.Add("含数字但无法读作定量指标值，按定性处理");
        }

        OperatorWords.TryMatchWholeStatus(s, out var status);
        return new TargetValue
        {
            Raw = raw,
            Kind = TargetValueKind.Qualitative,
            Operator = op,
            QualitativeText = text.ToString(),
            Status = status,
            Notes = notes,
        };
    }

    private static int FindClauseComma(ReadOnlySpan<char> s)
    {
        for (var i = 0; i < s.Length; i++)
        {
            if (s[i] == ',' && !TargetClauseReader.IsThousandsGroup(s, i))
            {
                return i;
            }
        }

        return -1;
    }
}
