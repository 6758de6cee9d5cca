using PerfWorkflow.Filing.Tests.Infrastructure;

namespace PerfWorkflow.Integration.Tests.Authorisation;

/// <summary>
/// Every role × every endpoint of every service, against the services as their own processes on PostgreSQL and
/// RabbitMQ. The endpoints come from the services themselves, so a new endpoint without a row fails the coverage
/// test. Each row prepares a target in a state where the permitted roles can act; the refused roles try first, on a
/// shared target that must come out unchanged, then each permitted role acts on a target of its own.
/// </summary>
[Collection(RealServersCollection.Name)]
public sealed class AuthorisationMatrixTests(MatrixServices services) : IClassFixture<MatrixServices>
{
    public static TheoryData<string> Rows() => new(MatrixRows.All.Select(r => r.Key));

    [Fact]
    public async Task The_matrix_has_a_row_for_every_endpoint_every_service_maps_and_a_column_for_every_role()
    {
        var rows = MatrixRows.All.Select(r => r.Key).ToList();
        Assert.Equal(rows.Count, rows.Distinct(StringComparer.Ordinal).Count());
        Assert.All(MatrixRows.All, r => Assert.Equal(Enum.GetValues<MatrixRole>().Length, r.Expectations.Count));
        foreach (var service in Enum.GetValues<MatrixService>())
        {
            var mapped = (await ServiceEndpoints.OfAsync(service)).ToHashSet(StringComparer.Ordinal);
            var ofService = rows.Where(r => r.StartsWith($"{service} ", StringComparison.Ordinal)).ToList();
            Assert.True(mapped.Count >= 8, $"only {mapped.Count} endpoints found in {service}: its endpoint list is not what the matrix thinks");
            Assert.Empty(mapped.Except(ofService, StringComparer.Ordinal)); // endpoints nobody decided who may call
            Assert.Empty(ofService.Except(mapped, StringComparer.Ordinal)); // rows for endpoints that no longer exist
        }
    }

    [Theory]
    [MemberData(nameof(Rows))]
    public async Task Each_role_gets_exactly_what_it_may_from(string endpoint)
    {
        var row = MatrixRows.All.Single(r => r.Key == endpoint);
        var driver = services.Driver;
        var failures = new List<string>();

        var shared = await row.Prepare(driver, null);
        var before = await StateAsync(row, driver, shared);
        foreach (var role in Enum.GetValues<MatrixRole>().Where(r => RunsOnShared(row, r)))
        {
            var expected = row.For(role) == Expect.OkElseRule ? Expect.Rule : row.For(role);
            await TryAsync(failures, role, expected, row, shared);
        }

        var after = await StateAsync(row, driver, shared);
        if (!row.ReadOnly && before != after)
        {
            failures.Add($"refused requests changed the target:\nbefore {before}\nafter  {after}");
        }

        foreach (var role in Enum.GetValues<MatrixRole>().Where(r => !row.ReadOnly && row.For(r) is Expect.Ok or Expect.OkElseRule))
        {
            await TryAsync(failures, role, Expect.Ok, row, await row.Prepare(driver, role));
        }

        Assert.True(failures.Count == 0, $"{endpoint}:\n{string.Join("\n", failures)}");
    }

    private static bool RunsOnShared(MatrixRow row, MatrixRole role) =>
        row.ReadOnly || row.For(role) is not Expect.Ok;

    private static async Task<string?> StateAsync(MatrixRow row, MatrixDriver driver, MatrixTarget target) =>
        row.State is { } state ? await state(driver, target)
        : target.Filing is { } filing ? await driver.StateAsync(filing)
        : null;

    private async Task TryAsync(List<string> failures, MatrixRole role, Expect expected, MatrixRow row, MatrixTarget target)
    {
        var user = MatrixPreparations.UserFor(role, target);
        using var client = await services.ClientAsync(row.Service, user);
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
                Assert.True(row.Shows?.Invoke(target, response.Body) ?? true, "the answer leaves out what the caller may see");
                break;
            case Expect.Hidden:
                Assert.True(response.IsSuccess, $"got {response}");
                Assert.False(row.Shows!(target, response.Body), $"another department's or region's data is listed: {response}");
                break;
            case Expect.Rule:
                ProblemAssert.IsProblem(response, 422);
                Assert.True(ProblemAssert.HasChinese(response.Body.GetProperty("detail").GetString()), $"got {response}");
                break;
            case Expect.Denied:
                // A refusal by an authorisation policy (Notification's administration) carries a title only; one by
                // the service's own rules says why, in Chinese.
                Assert.True(response.Code is 403 or 404, $"expected 403/404, got {response}");
                var problem = ProblemAssert.IsProblem(response, response.Code);
                Assert.True(!problem.TryGetProperty("detail", out var detail) || ProblemAssert.HasChinese(detail.GetString()), $"detail not Chinese: {response}");
                break;
            case Expect.Invalid:
                ProblemAssert.IsProblem(response, 400);
                Assert.True(response.Body.TryGetProperty("errors", out _), $"no field errors: {response}");
                break;
            case Expect.Unauthenticated:
                ProblemAssert.IsProblem(response, 401);
                break;
            default:
                throw new InvalidOperationException($"{expected} is not checked on one response");
        }
    }
}
