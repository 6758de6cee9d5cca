using System.Diagnostics;
using PerfWorkflow.Filing.Organisation;
using PerfWorkflow.Filing.Tests.Infrastructure;

namespace PerfWorkflow.Filing.Tests.Api;

/// <summary>
/// Sign-in cannot be used to guess passwords at speed (a temporary lockout per account and per address, answered
/// with a Chinese 429) nor to find out which accounts exist (an unknown account costs the same hashing).
/// </summary>
public sealed class SignInTests(FilingApi api) : IClassFixture<FilingApi>
{
    [Fact]
    public async Task Five_wrong_passwords_lock_the_account_for_a_while_even_against_the_right_password()
    {
        using var client = api.Anonymous();
        var account = DemoOrganisation.FilerOf(DemoOrganisation.PanyuBureau);
        for (var i = 0; i < SignInThrottle.MaxAccountFailures; i++)
        {
            ProblemAssert.IsProblem(await client.PostJsonAsync("/api/auth/login", new { userId = account, password = $"guess-{i}" }), 401, "auth.invalid-credentials");
        }

        var locked = await client.PostJsonAsync("/api/auth/login", new { userId = account, password = DemoOrganisation.Password });
        var problem = ProblemAssert.IsProblem(locked, 429, "auth.locked");
        Assert.True(ProblemAssert.HasChinese(problem.GetProperty("detail").GetString()));

        // Another account from the same address is not locked by this one's failures.
        (await client.PostJsonAsync("/api/auth/login", new { userId = DemoOrganisation.Finance2, password = DemoOrganisation.Password })).Ok();
    }

    [Fact]
    public async Task An_unknown_account_answers_no_faster_than_a_known_one_with_a_wrong_password()
    {
        using var client = api.Anonymous();
        await client.PostJsonAsync("/api/auth/login", new { userId = "warm-up", password = "x" });

        async Task<TimeSpan> MedianAsync(Func<int, string> account)
        {
            var times = new List<TimeSpan>();
            for (var i = 0; i < 4; i++)
            {
                var watch = Stopwatch.StartNew();
                ProblemAssert.IsProblem(await client.PostJsonAsync("/api/auth/login", new { userId = account(i), password = "wrong-password" }), 401);
                times.Add(watch.Elapsed);
            }

            return times.Order().ElementAt(times.Count / 2);
        }

        var known = await MedianAsync(_ => DemoOrganisation.HeadOf(DemoOrganisation.TianheCbd));
        var unknown = await MedianAsync(i => $"nobody-{i}-{Guid.NewGuid():N}");

        // Before, an unknown account answered in about a tenth of the time (no hashing at all).
        Assert.True(unknown >= known * 0.5, $"unknown account took {unknown.TotalMilliseconds:F1} ms, a known one {known.TotalMilliseconds:F1} ms");
    }

    [Fact]
    public void A_lockout_ends_after_its_time_and_a_right_password_clears_the_account_count()
    {
        var clock = new SteppingClock();
        var throttle = new SignInThrottle(clock);
        for (var i = 0; i < SignInThrottle.MaxAccountFailures; i++)
        {
            Assert.Null(throttle.LockedFor("filer-a", "10.0.0.1"));
            throttle.Failed("filer-a", "10.0.0.1");
        }

        Assert.NotNull(throttle.LockedFor("FILER-A", "10.0.0.9"));
        clock.Advance(SignInThrottle.Lockout + TimeSpan.FromSeconds(1));
        Assert.Null(throttle.LockedFor("filer-a", "10.0.0.1"));

        for (var i = 0; i < SignInThrottle.MaxAccountFailures - 1; i++)
        {
            throttle.Failed("filer-b", "10.0.0.2");
        }

        throttle.Succeeded("filer-b");
        throttle.Failed("filer-b", "10.0.0.2");
        Assert.Null(throttle.LockedFor("filer-b", "10.0.0.3"));
    }

    [Fact]
    public void Twenty_failures_from_one_address_lock_that_address_across_accounts()
    {
        var throttle = new SignInThrottle(new SteppingClock());
        for (var i = 0; i < SignInThrottle.MaxAddressFailures; i++)
        {
            throttle.Failed($"made-up-{i}", "203.0.113.7");
        }

        Assert.NotNull(throttle.LockedFor("someone-else", "203.0.113.7"));
        Assert.Null(throttle.LockedFor("someone-else", "203.0.113.8"));
    }

    private sealed class SteppingClock : TimeProvider
    {
        private DateTimeOffset _now = new(2027, 3, 1, 9, 0, 0, TimeSpan.FromHours(8));

        public override DateTimeOffset GetUtcNow() => _now.ToUniversalTime();

        public void Advance(TimeSpan by) => _now += by;
    }
}
