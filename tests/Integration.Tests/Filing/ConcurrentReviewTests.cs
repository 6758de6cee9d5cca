using System.Text.Json;

namespace PerfWorkflow.Integration.Tests.Filing;

/// <summary>
/// Reviewers acting on the same step at the same moment, against real PostgreSQL. The filing's grain is its single
/// writer: the racing requests are applied one after another, each to the state the previous one left, so exactly one
/// decision wins and the others are refused by the filing's rules (422) — not by a lost race. A 409 is left only for a
/// second activation of the filing (two silos that do not share a directory), which this single service never has.
/// The audit chain stays intact throughout.
/// </summary>
[Collection(RealServersCollection.Name)]
public sealed class ConcurrentReviewTests(FilingServiceFixture service) : IClassFixture<FilingServiceFixture>
{
    private const int Rounds = 10;

    [Fact]
    public async Task Approve_and_return_racing_on_an_or_sign_step_are_applied_one_at_a_time_with_exactly_one_winner_in_every_round()
    {
        var department = await service.FirstDepartmentAsync();
        var contenders = new[] { "finance-1", "finance-2" }
            .SelectMany(user => new[] { (user, "approve"), (user, "return"), (user, "approve"), (user, "return") })
            .ToList();
        foreach (var (user, _) in contenders)
        {
            await service.Calls.AsAsync(user); // signed in before the race, so the race is only the actions
        }

        for (var round = 0; round < Rounds; round++)
        {
            var filingId = await service.SubmittedDeclarationAsync(department, 2030 + round);
            await service.Calls.MustAsync($"{department}-head", filingId, "approve");
            var (before, trail) = await service.StateAsync(filingId);
            Assert.Equal(["finance-1", "finance-2"], before.GetProperty("currentAssignees").EnumerateArray().Select(a => a.GetString()));

            var results = await RaceAsync(contenders.Select(c => (Func<Task<(int, JsonElement)>>)(() =>
                service.Calls.PostAsync(c.user, filingId, c.Item2, new { comment = c.Item2 == "return" ? "资金测算依据不足，退回修改" : "同意" }, Guid.NewGuid().ToString()))));

            var winners = results.Select((r, i) => (r, contenders[i])).Where(x => x.r.Status == 200).ToList();
            var winner = Assert.Single(winners);
            var (after, trailAfter) = await service.StateAsync(filingId);
            Assert.Equal(before.GetProperty("version").GetInt32() + 1, after.GetProperty("version").GetInt32());
            Assert.Equal(trail.Count + 1, trailAfter.Count);
            var line = trailAfter[^1];
            Assert.Equal((winner.Item2.user, winner.Item2.Item2), (line.GetProperty("actor").GetString(), line.GetProperty("action").GetString()));
            Assert.Equal(winner.Item2.Item2 == "approve" ? "InReview" : "Returned", after.GetProperty("state").GetString());

            foreach (var (status, body) in results.Where(r => r.Status != 200))
            {
                Assert.True(status == 422, $"a loser answered {status}: {body}");
            }

            await service.Calls.AssertAuditIntactAsync(filingId);
        }
    }

    [Fact]
    public async Task Two_countersigners_approving_at_once_both_succeed_and_never_lose_a_signature()
    {
        var department = await service.FirstDepartmentAsync();
        const int year = 2045;
        var (status, chain) = await service.Calls.SendAsync("perf-office", HttpMethod.Put, $"api/chains/{year}/Declaration", new
        {
            steps = new object[]
            {
                new { roleKey = "department-head", mode = "Any" },
                new { roleKey = "finance-division", mode = "All" },
                new { roleKey = "performance-office", mode = "Any" },
            },
        });
        Assert.True(status == 200, $"chain revision answered {status}: {chain}");

        var filingId = await service.SubmittedDeclarationAsync(department, year);
        await service.Calls.MustAsync($"{department}-head", filingId, "approve");
        var signers = new[] { "finance-1", "finance-2" };
        foreach (var signer in signers)
        {
            await service.Calls.AsAsync(signer);
        }

        var results = await RaceAsync(signers.Select(s => (Func<Task<(int, JsonElement)>>)(() =>
            service.Calls.PostAsync(s, filingId, "approve", new { comment = "会签同意" }, Guid.NewGuid().ToString()))));
        // The single writer applies both signatures in turn: neither waits for a retry.
        Assert.All(results, r => Assert.True(r.Item1 == 200, $"answered {r.Item1}: {r.Item2}"));

        var (view, audit) = await service.StateAsync(filingId);
        Assert.Equal(3, view.GetProperty("currentStep").GetInt32());
        var approvals = audit.Where(a => a.GetProperty("action").GetString() == "approve" && a.GetProperty("fromState").GetString() == "Declaration:InReview@2").ToList();
        Assert.Equal(signers, approvals.Select(a => a.GetProperty("actor").GetString()).Order(StringComparer.Ordinal));
        await service.Calls.AssertAuditIntactAsync(filingId);
    }

    /// <summary>Starts every request, then releases them together so they reach the service at the same moment.</summary>
    private static async Task<(int Status, JsonElement Body)[]> RaceAsync(IEnumerable<Func<Task<(int, JsonElement)>>> requests)
    {
        var gate = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
        var running = requests.Select(async send =>
        {
            await gate.Task;
            return await send();
        }).ToList();
        gate.SetResult();
        return await Task.WhenAll(running);
    }
}
