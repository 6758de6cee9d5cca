using System.Collections.Concurrent;
using PerfWorkflow.Filing.Organisation;

namespace PerfWorkflow.Filing.Tests.Infrastructure;

/// <summary>The real password check (the hashing still happens), remembering which hash each password met.</summary>
public sealed class CountingPasswordVerifier : PasswordVerifier
{
    private readonly ConcurrentQueue<(string Password, string StoredHash)> _checks = new();

    public IReadOnlyList<(string Password, string StoredHash)> Checks => [.. _checks];

    public override bool Verify(string password, string storedHash)
    {
        _checks.Enqueue((password, storedHash));
        return base.Verify(password, storedHash);
    }
}
