using System.Diagnostics;
using System.Globalization;
using System.Net;
using System.Net.Http.Headers;
using System.Text;
using System.Text.Json;
using System.Text.RegularExpressions;
using PerfWorkflow.Host.Tests.Infrastructure;

namespace PerfWorkflow.Host.Tests;

/// <summary>
/// Generated bad input to every operation of the OpenAPI document and to every Portal form, as every role and
/// anonymously: nothing may answer 5xx. A fixed seed and a small budget in CI (PERFWF_FUZZ_SEED, PERFWF_FUZZ_REQUESTS
/// for a longer run); each failure is reported with the request that caused it, so it can be replayed.
/// </summary>
public sealed partial class FuzzTests(HostApp host) : IClassFixture<HostApp>
{
    private static readonly int Seed = Setting("PERFWF_FUZZ_SEED", 14);
    private static readonly int Budget = Setting("PERFWF_FUZZ_REQUESTS", 1200);
    private static readonly Lazy<byte[]> Bomb = new(() => Testing.ZipBomb.RepeatedSheet(20L * 1024 * 1024));
    private static readonly Lazy<byte[]> Crowd = new(() => Testing.ZipBomb.ManyEntries(400));

    [Fact]
    public async Task Generated_bad_input_to_every_api_operation_as_every_role_never_answers_a_server_error()
    {
        var values = new BadValues(Seed);
        using var anonymous = host.Anonymous();
        var document = JsonDocument.Parse(await anonymous.GetStringAsync("/openapi/v1.json")).RootElement.Clone();
        var operations = ApiOperation.From(document);
        Assert.True(operations.Count > 30, $"only {operations.Count} operations in the OpenAPI document");
        JsonElement? Resolve(string reference) =>
            reference.StartsWith("#/components/schemas/", StringComparison.Ordinal)
            && document.GetProperty("components").GetProperty("schemas").TryGetProperty(reference["#/components/schemas/".Length..], out var s) ? s : null;

        var callers = new List<(string Role, HttpClient Client)> { ("anonymous", host.Anonymous()) };
        foreach (var account in HostApp.Accounts)
        {
            callers.Add((account, await SignedInAsync(account)));
        }

        var realIds = await RealIdsAsync();
        var failures = new List<string>();
        var watch = Stopwatch.StartNew();
        for (var i = 0; i < Budget; i++)
        {
            var operation = operations[i % operations.Count]; // round robin: every operation gets its share
            var (role, client) = values.Pick(callers);
            var url = UrlFor(operation, values, realIds);
            using var request = new HttpRequestMessage(new HttpMethod(operation.Method), url);
            var contentType = "";
            var sent = "";
            if (operation.BodyMediaType is "multipart/form-data")
            {
                request.Content = Upload(values);
                contentType = "multipart/form-data";
            }
            else if (operation.BodyMediaType is not null || values.Random.Next(8) == 0)
            {
                sent = values.Body(operation.BodySchema, Resolve);
                contentType = values.Random.Next(2) == 0 ? "application/json" : values.Pick(BadValues.ContentTypes);
                request.Content = new StringContent(sent);
                request.Content.Headers.Remove("Content-Type");
                request.Content.Headers.TryAddWithoutValidation("Content-Type", contentType);
            }

            if (values.Random.Next(10) == 0)
            {
                request.Headers.TryAddWithoutValidation("Idempotency-Key", values.OddString());
            }

            using var response = await client.SendAsync(request);
            if ((int)response.StatusCode >= 500)
            {
                failures.Add($"{(int)response.StatusCode} {operation.Method} {url} as {role} [{contentType}] {Shorten(sent)} → {Shorten(await response.Content.ReadAsStringAsync())}");
            }

            // Signing out or revoking one's own tokens ends the caller's token: the fuzzing goes on with a new one.
            if (response.IsSuccessStatusCode && role != "anonymous" && operation.Path is "/api/auth/logout" or "/api/auth/tokens/revoke-all")
            {
                var index = callers.FindIndex(c => c.Role == role);
                callers[index].Client.Dispose();
                callers[index] = (role, await SignedInAsync(role));
                host.Forget(role);
            }
        }

        foreach (var (_, client) in callers)
        {
            client.Dispose();
        }

        Assert.True(failures.Count == 0,
            $"{failures.Count} of {Budget} requests (seed {Seed}, {watch.Elapsed.TotalSeconds:F0} s) answered 5xx:\n" + string.Join('\n', failures.Distinct().Take(30)));
    }

    [Fact]
    public async Task Generated_bad_input_to_every_portal_form_as_every_role_never_answers_a_server_error()
    {
        var values = new BadValues(Seed + 1);
        var filing = await PortalPages.DemoFilingAsync(host, HostApp.CleanDepartment);
        await SaveProjectTableAsync(filing);
        // The project table's editor first: a fuzzed submit on a later page may take the filing out of the filer's hands.
        string[] pages =
        [
            $"/Filings/{filing}/Form/Declaration?edit=ProjectTable", "/", "/Inbox?status=todo", "/Dashboard", "/SpotCheck", $"/Filings/{filing}",
            $"/Filings/{filing}/Form", $"/Filings/{filing}/Form/Declaration?edit=DepartmentDeclaration", $"/Filings/{filing}/History", $"/Filings/{filing}/Rectifications",
            $"/Filings/{filing}/Monitoring", $"/Filings/{filing}/SelfEvaluation",
        ];
        var failures = new List<string>();
        var reachedProjectRows = false;
        var perForm = Math.Max(2, Budget / 400);
        foreach (var account in HostApp.Accounts)
        {
            using var browser = await PortalPages.SignInAsync(host, account);
            foreach (var page in pages)
            {
                using var response = await browser.GetAsync(page);
                var html = await response.Content.ReadAsStringAsync();
                if ((int)response.StatusCode >= 500)
                {
                    failures.Add($"{(int)response.StatusCode} GET {page} as {account}");
                    continue;
                }

                foreach (var form in PortalForm.AllIn(html, page).Where(f => !f.Action.Contains("Logout", StringComparison.OrdinalIgnoreCase)))
                {
                    reachedProjectRows |= form.Fields.Any(f => f.Name == "Projects[0].PerformanceTarget");
                    for (var i = 0; i < perForm; i++)
                    {
                        var (action, fields) = form.Mutate(values);
                        using var posted = await browser.PostAsync(action, new FormUrlEncodedContent(fields));
                        if ((int)posted.StatusCode >= 500)
                        {
                            failures.Add($"{(int)posted.StatusCode} POST {action} as {account}: {Shorten(string.Join("&", fields.Select(f => $"{f.Key}={f.Value}")))}");
                        }
                    }
                }
            }
        }

        Assert.True(failures.Count == 0, $"{failures.Count} Portal posts (seed {Seed + 1}) answered 5xx:\n" + string.Join('\n', failures.Distinct().Take(30)));
        Assert.True(reachedProjectRows, "no Portal form offered the project table's rows to fuzz");
    }

    /// <summary>A project table with a project row and an indicator beside the demo declaration, so its editor's fields are fuzzed too.</summary>
    private async Task SaveProjectTableAsync(Guid filing)
    {
        using var filer = await host.AsAsync($"{HostApp.CleanDepartment}-filer");
        var indicator = new { level1 = "产出指标", level2 = "数量指标", name = "招商活动次数", periodTarget = "≥4次", annualTarget = "≥4次" };
        var row = new { name = "招商工作经费", kind = "Project", total = 4.9m, fiscalAppropriation = 4.9m, performanceTarget = "开展招商活动", indicators = new[] { indicator } };
        var saved = await filer.SendAnswerAsync(HttpMethod.Put, $"/api/filings/{filing}/forms",
            new { kind = "ProjectTable", document = new { departmentName = "天河科技园管理委员会", moneyUnit = "万元", rows = new[] { row } } });
        Assert.True(saved.Status == 200, saved.ToString());
    }

    private async Task<HttpClient> SignedInAsync(string account)
    {
        var client = host.Anonymous();
        client.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Bearer", await host.SignInAsync(account));
        return client;
    }

    private async Task<IReadOnlyList<string>> RealIdsAsync()
    {
        using var office = await host.AsAsync(HostApp.PerformanceOffice);
        var filings = (await office.GetAnswerAsync("/api/filings")).Json;
        var ids = filings.EnumerateArray().Select(f => f.GetProperty("id").GetString()!).ToList();
        ids.Add(Guid.Empty.ToString());
        return ids;
    }

    private static string UrlFor(ApiOperation operation, BadValues values, IReadOnlyList<string> realIds)
    {
        var url = operation.Path;
        var query = new List<string>();
        foreach (var (name, location, type, format) in operation.Parameters)
        {
            // Kestrel refuses a NUL in the path before any endpoint sees it; the TestServer throws instead.
            var value = values.PathValue(type, format, realIds).Replace("\0", string.Empty, StringComparison.Ordinal);
            if (location == "path")
            {
                url = url.Replace("{" + name + "}", Uri.EscapeDataString(value.Length > 3000 ? value[..3000] : value), StringComparison.Ordinal);
            }
            else if (location == "query" && values.Random.Next(3) != 0)
            {
                query.Add($"{name}={Uri.EscapeDataString(value.Length > 3000 ? value[..3000] : value)}");
            }
        }

        url = PathParameter().Replace(url, _ => values.PathValue(null, null, realIds) is { Length: > 0 and < 200 } v ? Uri.EscapeDataString(v) : "x");
        return query.Count == 0 ? url : url + "?" + string.Join('&', query);
    }

    private static MultipartFormDataContent Upload(BadValues values)
    {
        var bytes = values.Random.Next(4) switch
        {
            0 => Bomb.Value,
            1 => Crowd.Value,
            2 => Encoding.UTF8.GetBytes(values.OddString()),
            _ => Enumerable.Range(0, 2048).Select(_ => (byte)values.Random.Next(256)).ToArray(),
        };
        var file = new ByteArrayContent(bytes);
        file.Headers.ContentType = new MediaTypeHeaderValue("application/octet-stream");
        return new MultipartFormDataContent { { file, values.Random.Next(5) == 0 ? "other" : "file", values.Pick(["表.xlsx", "a.txt", "../../x", "名.xlsx"]) } };
    }

    private static string Shorten(string text) => text.Length > 300 ? text[..300] + $"…({text.Length} chars)" : text;

    private static int Setting(string name, int fallback) =>
        int.TryParse(Environment.GetEnvironmentVariable(name), NumberStyles.Integer, CultureInfo.InvariantCulture, out var value) ? value : fallback;

    [GeneratedRegex(@"\{[^}]+\}")]
    private static partial Regex PathParameter();
}
