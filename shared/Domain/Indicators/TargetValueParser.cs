namespace PerfWorkflow.Domain.Indicators;

/// <summary>
/// Reads a 指标值 as forms write it ("≥30家", "不少于150家", "90%及以上", "超过2300亿元", "控制在3个工作日以内",
/// "1-2个", "约1.9万平方米", "587；3", "≤35元/人·年", "(≥**个)≥12个", "合规", "36栋，已完成" …) into a
/// <see cref="TargetValue"/>. Any unit text after a number is its unit (<see cref="UnitTextReader"/>); a value is
/// qualitative only when no number in it reads as a target. Never throws: whatever it cannot read becomes a
/// qualitative value with a note saying why.
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
            length = ValueAnnotations.RemoveInclusiveMarks(buffer[..length]);
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

        var whole = s;
        ValueAnnotations.TryStripLeadingPlaceholder(ref s, out var placeholder);
        var annotation = ValueAnnotations.SplitTrailing(ref s, TrailingPunctuation);
        var value = s.IsEmpty ? Qualitative(text, whole, [])
            : s.Contains(';') ? ParseSeveral(text, s)
            : ParseClauses(text, s);
        if (!annotation.IsEmpty)
        {
            value = value.IsQuantitative ? ValueAnnotations.Apply(value, annotation) : Qualitative(text, whole, value.Notes);
        }

        if (placeholder is null && !value.IsQuantitative && ValueAnnotations.ContainsPlaceholder(whole))
        {
            placeholder = whole.ToString();
        }

        return placeholder is null ? value : value with
        {
            Placeholder = placeholder,
            Notes = [.. value.Notes, value.IsQuantitative
                ? $"指标值前留有模板占位符“{placeholder}”，已按其后的数值读取"
                : $"指标值“{placeholder}”是未替换的模板占位符"],
        };
    }

    /// <summary>
    /// Clauses split at commas: the first that reads as a target is the value ("按时完成，≥95%" reads ≥95 %); words before
    /// it are its label, a status after it its status, other words after it a remark.
    /// </summary>
    private static TargetValue ParseClauses(string text, ReadOnlySpan<char> s)
    {
        var start = 0;
        var comma = FindClauseComma(s);
        var end = comma < 0 ? s.Length : comma;
        var clause = end == 0 ? new TargetClause() : TargetClauseReader.Read(s[..end]);
        var firstNotes = clause.NotesOrEmpty;
        while (!clause.IsQuantitative && end < s.Length)
        {
            start = end + 1;
            var next = FindClauseComma(s[start..]);
            end = next < 0 ? s.Length : start + next;

            // Free sentences have many clauses and few digits: only a clause with a digit can be the target.
            if (s[start..end].IndexOfAnyInRange('0', '9') >= 0)
            {
                clause = TargetClauseReader.Read(s[start..end]);
            }
        }

        if (!clause.IsQuantitative)
        {
            return Qualitative(text, s, firstNotes);
        }

        if (start > 0)
        {
            var lead = s[..(start - 1)].Trim(TrailingPunctuation).ToString();
            clause.Label = clause.Label is null ? lead : $"{lead},{clause.Label}";
            clause.Note($"逗号前的文字“{lead}”视为说明，按其后的数值读取");
        }

        string? remark = null;
        if (end < s.Length)
        {
            var tail = s[(end + 1)..].Trim(TrailingPunctuation);
            if (OperatorWords.TryMatchWholeStatus(tail, out var status))
            {
                clause.Status = status;
            }
            else if (!tail.IsEmpty)
            {
                remark = tail.ToString();
                clause.Note($"逗号后的文字“{remark}”视为补充说明，未参与计算");
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
            notes.AddRange(clause.NotesOrEmpty);
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
        Notes = clause.NotesOrEmpty,
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
