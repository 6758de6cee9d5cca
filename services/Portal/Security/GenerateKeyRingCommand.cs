using Microsoft.AspNetCore.DataProtection.KeyManagement;
using PerfWorkflow.Hosting.Commands;

namespace PerfWorkflow.Portal.Security;

/// <summary>
/// <c>dotnet PerfWorkflow.Portal.dll generate-key-ring [days]</c> with <c>Portal:DataProtection:KeyDirectory</c> set to
/// a writable directory: adds one key valid from now for <c>days</c> (365 by default), which an operator turns into the
/// Secret the Portal replicas mount (docs/operations.md, "Rotate keys"). Older keys stay in the directory, so
/// cookies signed with them still read until they expire.
/// </summary>
public sealed class GenerateKeyRingCommand(IServiceProvider services, IConfiguration configuration, TimeProvider time) : IServiceCommand
{
    public string Name => "generate-key-ring";

    public async Task<int> RunAsync(IReadOnlyList<string> arguments, TextReader input, TextWriter output, CancellationToken cancellationToken)
    {
        if (string.IsNullOrWhiteSpace(configuration[PortalKeyRing.DirectorySetting]))
        {
            await output.WriteLineAsync($"请用 --{PortalKeyRing.DirectorySetting}=目录 指定写入密钥的目录。");
            return 2;
        }

        var days = 365;
        if (arguments.Count > 0 && (!int.TryParse(arguments[0], out days) || days is < 7 or > 3650))
        {
            await output.WriteLineAsync("有效天数应为 7 至 3650 之间的整数。");
            return 2;
        }

        var now = time.GetUtcNow();
        var key = services.GetRequiredService<IKeyManager>().CreateNewKey(now, now.AddDays(days));
        await output.WriteLineAsync($"已生成数据保护密钥 {key.KeyId}，有效期至 {key.ExpirationDate:yyyy-MM-dd}。");
        return 0;
    }
}
