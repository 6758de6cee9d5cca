using Microsoft.AspNetCore.Routing;
using PerfWorkflow.Filing.Tests.Infrastructure;

namespace PerfWorkflow.Filing.Tests.Authorisation;

/// <summary>
/// Every role × every endpoint. The endpoints come from the app itself, so a new endpoint without a row fails the
/// coverage test. Each row prepares a filing in a state where the permitted roles can act; the refused roles try
/// first, on a shared filing that must come out unchanged (snapshot and audit trail), then each permitted role acts
/// on a filing of its own.
/// </summary>
public sealed class AuthorisationMatrixTests(FilingApi api) : IClassFixture<FilingApi>
{
    public static TheoryData<string> Rows() => new(MatrixRows.All.Select(r => r.Endpoint));

    public static string KeyOf(RouteEndpoint endpoint)
    {
        var methods = endpoint.Metadata.GetMetadata<HttpMethodMetadata>()?.HttpMethods;
        return $"{(methods is { Count: > 0 } ? string.Join(',', methods) : "ANY")} {endpoint.RoutePattern.RawText}";
    }

    [Fact]
    public void The_matrix_has_a_row_for_every_endpoint_the_app_maps_and_a_column_for_every_role()
    {
        var mapped = api.Endpoints.Select(KeyOf).ToHashSet(StringComparer.Ordinal);
        var rows = MatrixRows.All.Select(r => r.Endpoint).ToList();

        Assert.Equal(rows.Count, rows.Distinct(StringComparer.Ordinal).Count());
        Assert.True(mapped.Count >= 30, $"only {mapped.Count} endpoints found: the app's endpoint list is not what the matrix thinks");
        Assert.Empty(mapped.Except(rows, StringComparer.Ordinal)); // endpoints nobody decided who may call
        Assert.Empty(rows.Except(mapped, StringComparer.Ordinal)); // rows for endpoints that no longer exist
        Assert.All(MatrixRows.All, r => Assert.Equal(Enum.GetValues<MatrixRole>().Length, r.Expectations.Count));
    }

    [Theory]
    [MemberData(nameof(Rows))]
    public async Task Each_role_gets_exactly_what_it_may_from(string endpoint)
    {
        var row = MatrixRows.All.Single(r => r.Endpoint == endpoint);
        var driver = api.Driver;
        var failures = new List<string>();

        var shared = await row.Prepare(driver, null);
        var before = shared.Filing is { } filing ? await driver.StateAsync(filing) : null;
        foreach (var role in Enum.GetValues<MatrixRole>().Where(r => RunsOnShared(row, r)))
        {
            var expected = row.For(role) == Expect.OkElseRule ? Expect.Rule : row.For(role);
            await TryAsync(failures, role, expected, row, shared);
        }

        if (shared.Filing is { } unchanged)
        {
            var after = await driver.StateAsync(unchanged);
            if (!row.ReadOnly && before != after)
            {
                failures.Add($"refused requests changed the filing or its audit trail:\nbefore {before}\nafter  {after}");
            }
        }

        foreach (var role in Enum.GetValues<MatrixRole>().Where(r => !row.ReadOnly && row.For(r) is Expect.Ok or Expect.OkElseRule))
        {
            await TryAsync(failures, role, Expect.Ok, row, await row.Prepare(driver, role));
        }

        Assert.True(failures.Count == 0, $"{endpoint}:\n{string.Join("\n", failures)}");
    }

    private static bool RunsOnShared(MatrixRow row, MatrixRole role) =>
        row.ReadOnly || row.For(role) is not Expect.Ok;

    private async Task TryAsync(List<string> failures, MatrixRole role, Expect expected, MatrixRow row, MatrixTarget target)
    {
        var user = MatrixPreparations.UserFor(role, target);
        using var client = user is null ? api.Anonymous() : await api.AsAsync(user);
        var response = await row.Send(new MatrixCall(client, target, user));
        try
        {
            Check(expected, response, row, target);
        }
        catch (Exception ex) when (ex is Xunit.Sdk.XunitException or InvalidOperationException or KeyNotFoundException)
        {
            failures.Add($"{role} ({user ?? "anonymous"}) expected {expected}: {ex.Message.ReplaceLineEndings(" ")}");
        }
    }

    private static void Check(Expect expected, ApiResponse response, MatrixRow row, MatrixTarget target)
    {
        switch (expected)
        {
            case Expect.Ok:
                Assert.True(response.IsSuccess, $"got {response}");
                Assert.True(row.Shows?.Invoke(target, response.Body) ?? true, "the answer leaves out the caller's own department");
                break;
            case Expect.Hidden:
                Assert.True(response.IsSuccess, $"got {response}");
                Assert.False(row.Shows!(target, response.Body), $"another department's data is listed: {response}");
                break;
            case Expect.Rule:
                ProblemAssert.IsProblem(response, 422);
                Assert.True(ProblemAssert.HasChinese(response.Body.GetProperty("detail").GetString()), $"got {response}");
                break;
            case Expect.Denied:
                ProblemAssert.IsDenied(response);
                break;
            case Expect.Unauthenticated:
                ProblemAssert.IsProblem(response, 401);
                break;
            default:
                throw new InvalidOperationException($"{expected} is not checked on one response");
        }
    }
}
