using System.Text.RegularExpressions;
using PerfWorkflow.Deployment.Tests.Infrastructure;

namespace PerfWorkflow.Deployment.Tests;

/// <summary>
/// Every setting the code reads is in the README's settings table, so an operator never has to read C# to find a
/// knob. The keys are found in the source the way the code reads them: a full key (<c>configuration["Clock:Mode"]</c>,
/// <c>GetValue("Messaging:PublishedRetentionDays", 7)</c>) or a key read from a section the same file opened
/// (<c>GetSection("Workflow")</c> then <c>section.GetValue("Timers:BatchSize", 500)</c>).
/// </summary>
public sealed partial class ReadmeSettingsTests
{
    private static readonly string[] SourceRoots = ["services", "shared", "tools"];

    [Fact]
    public void Every_setting_the_code_reads_is_documented_in_the_readme()
    {
        var documented = DocumentedKeys(RepositoryRoot.ReadText("README.md"));
        var read = KeysReadBySource();

        Assert.Contains("Workflow:Timers:BatchSize", read.Keys);
        Assert.Contains("Clock:Mode", read.Keys);
        var missing = read.Where(k => !documented.Contains(k.Key)).Select(k => $"{k.Key} (read in {k.Value})").Order().ToList();
        Assert.True(missing.Count == 0, "Settings the code reads that README.md does not document:\n" + string.Join('\n', missing));
    }

    [Fact]
    public void Alternatives_in_braces_document_each_key_they_name()
    {
        var documented = DocumentedKeys("| `Validation:GradeBands:{Excellent,Good}`, `Demo:Password` | … |");

        Assert.Equal(["Demo:Password", "Validation:GradeBands:Excellent", "Validation:GradeBands:Good"], documented.Order());
    }

    /// <summary>Every key the source reads, with one file that reads it.</summary>
    private static Dictionary<string, string> KeysReadBySource()
    {
        var keys = new Dictionary<string, string>(StringComparer.Ordinal);
        var files = SourceRoots.SelectMany(r => Directory.EnumerateFiles(RepositoryRoot.Combine(r), "*.cs", SearchOption.AllDirectories))
            .Where(f => !f.Split(Path.DirectorySeparatorChar).Any(p => p is "bin" or "obj"));
        foreach (var file in files)
        {
            var text = File.ReadAllText(file);
            var relative = Path.GetRelativePath(RepositoryRoot.Path, file);
            foreach (Match m in FullKeyRead().Matches(text))
            {
                keys.TryAdd(m.Groups["key"].Value, relative);
            }

            var sections = SectionOpened().Matches(text).Select(m => m.Groups["key"].Value).Distinct().ToList();
            if (sections.Count == 1)
            {
                foreach (Match m in SectionKeyRead().Matches(text))
                {
                    keys.TryAdd($"{sections[0]}:{m.Groups["key"].Value}", relative);
                }
            }
        }

        return keys;
    }

    /// <summary>The keys named in backticks in the README, with <c>{a,b}</c> alternatives expanded.</summary>
    private static HashSet<string> DocumentedKeys(string readme)
    {
        var keys = new HashSet<string>(StringComparer.Ordinal);
        foreach (Match m in BacktickedKey().Matches(readme))
        {
            var key = m.Groups["key"].Value;
            var braces = Alternatives().Match(key);
            if (!braces.Success)
            {
                keys.Add(key);
                continue;
            }

            foreach (var alternative in braces.Groups["list"].Value.Split(','))
            {
                keys.Add(key[..braces.Index] + alternative.Trim() + key[(braces.Index + braces.Length)..]);
            }
        }

        return keys;
    }

    // A full key always has a colon; a key without one is a section name or a connection string name.
    [GeneratedRegex(@"(?:configuration|Configuration)\s*(?:\[|\.GetValue(?:<[^>]+>)?\()\s*""(?<key>[A-Za-z]+(?::[A-Za-z0-9]+)+)""")]
    private static partial Regex FullKeyRead();

    [GeneratedRegex("""\.GetSection\(\s*"(?<key>[A-Za-z]+)"\s*\)""")]
    private static partial Regex SectionOpened();

    [GeneratedRegex(@"\bsection\s*(?:\[|\.GetValue(?:<[^>]+>)?\()\s*""(?<key>[A-Za-z]+(?::[A-Za-z0-9]+)*)""")]
    private static partial Regex SectionKeyRead();

    [GeneratedRegex("""`(?<key>[A-Z][A-Za-z0-9]*(?::(?:[A-Za-z0-9]+|\{[^}`]+\}))+)`""")]
    private static partial Regex BacktickedKey();

    [GeneratedRegex("""\{(?<list>[^}]+)\}""")]
    private static partial Regex Alternatives();
}
