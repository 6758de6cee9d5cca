using System.Reflection;

namespace PerfWorkflow.EndToEnd.Benchmarks;

/// <summary>
/// Sets up what the run drives: departments with a filer and a head each, and the filings (one per department and
/// year) each holding the real declaration of seed 000 as its draft, so submission passes the form gate.
/// </summary>
public sealed class Workload
{
    public required IReadOnlyList<BenchFiling> Filings { get; init; }
    public required IReadOnlyDictionary<string, Api> People { get; init; }

    public static async Task<Workload> PrepareAsync(BenchmarkOptions options, HttpClient filing, Api office)
    {
        var run = Guid.NewGuid().ToString("N")[..6];
        var declaration = ReadDeclaration();
        const string password = "Bench@2026!";
        var people = new Dictionary<string, Api>(StringComparer.Ordinal);
        var departments = Enumerable.Range(0, options.Departments).Select(i => $"b{run}-{i:D4}").ToList();

        await Parallel.ForEachAsync(departments, new ParallelOptions { MaxDegreeOfParallelism = 8 }, async (id, _) =>
        {
            await office.PostAsync("api/organisation/departments", new { id, name = $"压测部门{id}" });
            foreach (var role in new[] { "filer", "department-head" })
            {
                await office.PostAsync("api/organisation/users", new { id = $"{id}-{role}", displayName = $"{id}{role}", role, departmentId = id, password });
            }
        });

        await AccountAge.MakeMonthOldAsync(options, $"b{run}-");
        foreach (var id in departments)
        {
            people[$"{id}-filer"] = await Api.SignInAsync(filing, $"{id}-filer", password);
            people[$"{id}-department-head"] = await Api.SignInAsync(filing, $"{id}-department-head", password);
        }

        var years = (options.Filings + departments.Count - 1) / departments.Count;
        var slots = departments.SelectMany(d => Enumerable.Range(0, years).Select(y => (Department: d, Year: 2040 + y))).Take(options.Filings).ToList();
        var filings = new BenchFiling[slots.Count];
        await Parallel.ForEachAsync(Enumerable.Range(0, slots.Count), new ParallelOptions { MaxDegreeOfParallelism = 8 }, async (i, _) =>
        {
            var (department, year) = slots[i];
            var opened = await people[$"{department}-filer"].PostAsync("api/filings", new { departmentId = department, fiscalYear = year });
            var id = opened.GetProperty("id").GetGuid();
            // The seed names 天河科技园; each department files it under its own name, or the import is an error finding.
            var own = System.Text.Encoding.UTF8.GetBytes(System.Text.Encoding.UTF8.GetString(declaration)
                .Replace("广州高新技术产业开发区天河科技园管理委员会", $"压测部门{department}", StringComparison.Ordinal));
            await people[$"{department}-filer"].UploadAsync($"api/filings/{id}/forms/import", own, "declaration.txt");
            filings[i] = new BenchFiling(id, department);
        });

        return new Workload { Filings = filings, People = people };
    }

    private static byte[] ReadDeclaration()
    {
        using var stream = Assembly.GetExecutingAssembly().GetManifestResourceStream("declaration.txt")!;
        using var buffer = new MemoryStream();
        stream.CopyTo(buffer);
        return buffer.ToArray();
    }
}
