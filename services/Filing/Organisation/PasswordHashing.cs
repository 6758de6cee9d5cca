using System.Security.Cryptography;

namespace PerfWorkflow.Filing.Organisation;

/// <summary>
/// Local account passwords as PBKDF2-SHA256 with a per-user salt: <c>pbkdf2-sha256$iterations$salt$hash</c>.
/// The iteration count is stored with the hash so it can be raised later without breaking old hashes.
/// </summary>
public static class PasswordHashing
{
    private const int Iterations = 100_000;

    /// <summary>A hash of no one's password, verified against when the account does not exist (same cost, same time).</summary>
    public static readonly string DummyHash = Hash(Convert.ToBase64String(RandomNumberGenerator.GetBytes(24)));

    public static string Hash(string password)
    {
        var salt = RandomNumberGenerator.GetBytes(16);
        var hash = Rfc2898DeriveBytes.Pbkdf2(password, salt, Iterations, HashAlgorithmName.SHA256, 32);
        return $"pbkdf2-sha256${Iterations}${Convert.ToBase64String(salt)}${Convert.ToBase64String(hash)}";
    }

    public static bool Verify(string password, string? stored)
    {
        var parts = stored?.Split('$');
        if (parts is not { Length: 4 } || parts[0] != "pbkdf2-sha256" || !int.TryParse(parts[1], out var iterations))
        {
            return false;
        }

        var salt = Convert.FromBase64String(parts[2]);
        var expected = Convert.FromBase64String(parts[3]);
        var actual = Rfc2898DeriveBytes.Pbkdf2(password, salt, iterations, HashAlgorithmName.SHA256, expected.Length);
        return CryptographicOperations.FixedTimeEquals(actual, expected);
    }
}
