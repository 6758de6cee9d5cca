using System.Security.Cryptography;
using System.Text;
using Microsoft.Extensions.Configuration;

namespace PerfWorkflow.Hosting.Security;

/// <summary>
/// The key local tokens are signed with. Several processes must share it (<c>Auth:SigningKey</c>, at least 32
/// characters); a single process without one makes a random key for its lifetime, so nothing weak is ever built in.
/// </summary>
public sealed class LocalSigningKey
{
    private static readonly byte[] ProcessKey = RandomNumberGenerator.GetBytes(32);

    private LocalSigningKey(byte[] bytes) => Bytes = bytes;

    public byte[] Bytes { get; }

    public static LocalSigningKey From(IConfiguration configuration)
    {
        var configured = configuration["Auth:SigningKey"];
        if (string.IsNullOrEmpty(configured))
        {
            return new LocalSigningKey(ProcessKey);
        }

        var bytes = Encoding.UTF8.GetBytes(configured);
        return bytes.Length >= 32
            ? new LocalSigningKey(bytes)
            : throw new InvalidOperationException("Auth:SigningKey must be at least 32 characters long.");
    }
}
