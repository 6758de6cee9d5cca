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
    public async Task An_unknown_account_is_checked_against_a_stand_in_hash_as_a_known_one_is_against_its_own()
    {
        using var client = api.Anonymous();
        var unknownPassword = $"unknown-{Guid.NewGuid():N}";
        var knownPassword = $"known-{Guid.NewGuid():N}";

        ProblemAssert.IsProblem(await client.PostJsonAsync("/api/auth/login", new { userId = $"nobody-{Guid.NewGuid():N}", password = unknownPassword }), 401, "auth.invalid-credentials");
        ProblemAssert.IsProblem(await client.PostJsonAsync("/api/auth/login", new { userId = DemoOrganisation.HeadOf(DemoOrganisation.TianheCbd), password = knownPassword }), 401, "auth.invalid-credentials");

        // Before, an unknown account was answered without hashing at all, in about a tenth of the time.
        var unknown = Assert.Single(api.Passwords.Checks, c => c.Password == unknownPassword);
        Assert.Equal(PasswordHashing.DummyHash, unknown.StoredHash);
        var known = Assert.Single(api.Passwords.Checks, c => c.Password == knownPassword);
        Assert.NotEqual(PasswordHashing.DummyHash, known.StoredHash);
    }

    [Fact]
    public void The_stand_in_hash_costs_as_many_iterations_as_a_real_one_and_matches_no_password()
    {
        static string IterationsOf(string hash) => hash.Split('$')[1];

        Assert.Equal(IterationsOf(PasswordHashing.Hash("any-password")), IterationsOf(PasswordHashing.DummyHash));
        Assert.False(PasswordHashing.Verify("", PasswordHashing.DummyHash));
        Assert.False(PasswordHashing.Verify(DemoOrganisation.Password, PasswordHashing.DummyHash));
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
