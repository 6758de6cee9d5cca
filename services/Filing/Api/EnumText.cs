namespace PerfWorkflow.Filing.Api;

/// <summary>
/// Reads an enum value from request text by its name only. <see cref="Enum.TryParse{TEnum}(string?, out TEnum)"/> also
/// accepts numbers ("7", an undefined value) and comma lists ("Monitoring, SelfEvaluation", two values OR-ed into a
/// third), which would reach the domain as values nobody chose.
/// </summary>
public static class EnumText
{
    public static bool TryParse<TEnum>(string? text, out TEnum value)
        where TEnum : struct, Enum
    {
        value = default;
        var name = text?.Trim();
        return name is { Length: > 0 } && Enum.GetNames<TEnum>().Contains(name, StringComparer.Ordinal) && Enum.TryParse(name, out value);
    }
}
