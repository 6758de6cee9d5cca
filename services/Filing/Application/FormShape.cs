using System.Collections;
using System.Reflection;
using System.Text.Json;

namespace PerfWorkflow.Filing.Application;

/// <summary>
/// What a form sent as JSON must look like beyond its types: no null where the form has no blank (a list, a name, an
/// item of a list), no text longer than any real form holds, no list longer than any real form has. Checked before
/// the form is saved so that validation, diff and export never meet a null the form's type says cannot be there.
/// </summary>
public static class FormShape
{
    /// <summary>The longest text in the seeds is a self-evaluation report section of a few thousand characters.</summary>
    public const int MaxTextLength = 20_000;

    public const int MaxListLength = 2_000;

    private static readonly NullabilityInfoContext Nullability = new();

    /// <summary>Field paths (as the JSON names them, under <paramref name="root"/>) and what is wrong with each.</summary>
    public static IReadOnlyList<(string Path, string Message)> Problems(object form, string root = "document")
    {
        var problems = new List<(string, string)>();
        Walk(form, root, problems, depth: 0);
        return problems;
    }

    private static void Walk(object value, string path, List<(string, string)> problems, int depth)
    {
        if (depth > 16 || problems.Count >= 50)
        {
            return;
        }

        foreach (var property in value.GetType().GetProperties(BindingFlags.Public | BindingFlags.Instance))
        {
            if (property.GetIndexParameters().Length > 0 || !property.CanRead)
            {
                continue;
            }

            var name = $"{path}.{JsonNamingPolicy.CamelCase.ConvertName(property.Name)}";
            var child = property.GetValue(value);
            if (child is null)
            {
                if (!property.PropertyType.IsValueType && Nullability.Create(property).ReadState == NullabilityState.NotNull)
                {
                    problems.Add((name, "该项不能为空。"));
                }

                continue;
            }

            Check(child, name, problems, depth);
        }
    }

    private static void Check(object child, string name, List<(string, string)> problems, int depth)
    {
        switch (child)
        {
            case string text:
                if (text.Length > MaxTextLength)
                {
                    problems.Add((name, $"内容过长（{text.Length} 字），每项不超过 {MaxTextLength} 字。"));
                }

                break;
            case IEnumerable list:
                var index = 0;
                foreach (var item in list)
                {
                    if (index >= MaxListLength)
                    {
                        problems.Add((name, $"条目过多，每张表不超过 {MaxListLength} 条。"));
                        break;
                    }

                    if (item is null)
                    {
                        problems.Add(($"{name}[{index}]", "列表中的条目不能为空。"));
                    }
                    else
                    {
                        Check(item, $"{name}[{index}]", problems, depth + 1);
                    }

                    index++;
                }

                break;
            default:
                if (child.GetType().Namespace?.StartsWith("PerfWorkflow.Domain", StringComparison.Ordinal) == true && !child.GetType().IsEnum)
                {
                    Walk(child, name, problems, depth + 1);
                }

                break;
        }
    }
}
