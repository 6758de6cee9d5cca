using System.Collections.Concurrent;

namespace PerfWorkflow.Filing.Organisation;

/// <summary>
/// Temporary lockout after repeated failed sign-ins, counted per account and per client address: five wrong
/// passwords for an account (or twenty from one address, across accounts) within fifteen minutes lock it for fifteen
/// minutes, so passwords cannot be guessed at speed. Counts live in this process: with several Filing replicas an
/// attacker gets at most that many times the tries, still far too few to guess a password.
/// </summary>
public sealed class SignInThrottle(TimeProvider time)
{
    public const int MaxAccountFailures = 5;
    public const int MaxAddressFailures = 20;
    public static readonly TimeSpan Window = TimeSpan.FromMinutes(15);
    public static readonly TimeSpan Lockout = TimeSpan.FromMinutes(15);

    /// <summary>Keeps memory bounded when someone sprays made-up account names.</summary>
    private const int PruneAbove = 10_000;

    private readonly ConcurrentDictionary<string, Counter> _counters = new(StringComparer.Ordinal);

    /// <summary>How long the account or the address stays locked, or null when sign-in may be tried.</summary>
    public TimeSpan? LockedFor(string account, string address)
    {
        var now = time.GetUtcNow();
        var until = new[] { Get(AccountKey(account)), Get(AddressKey(address)) }
            .Select(c => c?.LockedUntil(now)).Where(u => u is not null).Max();
        return until is { } u ? u - now : null;
    }

    public void Failed(string account, string address)
    {
        var now = time.GetUtcNow();
        if (_counters.Count > PruneAbove)
        {
            foreach (var (key, counter) in _counters)
            {
                if (counter.IsStale(now))
                {
                    _counters.TryRemove(key, out _);
                }
            }
        }

        _counters.GetOrAdd(AccountKey(account), _ => new Counter(MaxAccountFailures)).Fail(now);
        _counters.GetOrAdd(AddressKey(address), _ => new Counter(MaxAddressFailures)).Fail(now);
    }

    /// <summary>A right password clears the account's count (the address keeps its own).</summary>
    public void Succeeded(string account) => _counters.TryRemove(AccountKey(account), out _);

    private Counter? Get(string key) => _counters.TryGetValue(key, out var counter) ? counter : null;

    private static string AccountKey(string account) => "account:" + account.Trim().ToLowerInvariant();

    private static string AddressKey(string address) => "address:" + address;

    private sealed class Counter(int limit)
    {
        private readonly Lock _gate = new();
        private int _failures;
        private DateTimeOffset _windowStart;
        private DateTimeOffset? _lockedUntil;

        public void Fail(DateTimeOffset now)
        {
            lock (_gate)
            {
                if (now - _windowStart > Window)
                {
                    (_windowStart, _failures) = (now, 0);
                }

                if (++_failures >= limit)
                {
                    _lockedUntil = now + Lockout;
                    _failures = 0;
                }
            }
        }

        public DateTimeOffset? LockedUntil(DateTimeOffset now)
        {
            lock (_gate)
            {
                return _lockedUntil > now ? _lockedUntil : null;
            }
        }

        public bool IsStale(DateTimeOffset now)
        {
            lock (_gate)
            {
                return now - _windowStart > Window && !(_lockedUntil > now);
            }
        }
    }
}
