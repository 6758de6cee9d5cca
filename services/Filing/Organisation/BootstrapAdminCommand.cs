using Microsoft.EntityFrameworkCore;
using PerfWorkflow.Domain.Organisation;
using PerfWorkflow.Filing.Api;
using PerfWorkflow.Filing.Persistence;
using PerfWorkflow.Hosting.Commands;

namespace PerfWorkflow.Filing.Organisation;

/// <summary>
/// `bootstrap-admin --user ID --name NAME --region REGION`, the password on stdin: creates the first
/// performance-office account of a fresh deployment, who then adds departments and people through the
/// organisation API. One time only: it refuses once any performance-office account exists, so it cannot be used
/// to take over a running region. The password never appears in arguments (process lists, shell history).
/// See docs/operations.md, "First administrator".
/// </summary>
public sealed class BootstrapAdminCommand(IServiceScopeFactory scopes, TimeProvider time) : IServiceCommand
{
    public const string CommandName = "bootstrap-admin";

    /// <summary>Longer than the 8 the organisation API asks of ordinary initial passwords: this account can do everything.</summary>
    public const int MinimumPasswordLength = 12;

    public const int Refused = 3;

    public string Name => CommandName;

    public async Task<int> RunAsync(IReadOnlyList<string> arguments, TextReader input, TextWriter output, CancellationToken cancellationToken)
    {
        var options = ReadOptions(arguments);
        var id = options.GetValueOrDefault("user");
        var name = options.GetValueOrDefault("name")?.Trim();
        var region = options.GetValueOrDefault("region")?.Trim();
        if (!PlainId.IsValid(id) || string.IsNullOrEmpty(name) || string.IsNullOrEmpty(region))
        {
            await output.WriteLineAsync("用法：bootstrap-admin --user 账号 --name 姓名 --region 地区，密码从标准输入读取一行。"
                + "账号只能包含字母、数字、连字符和下划线（1–64 位）。");
            return 2;
        }

        var password = (await input.ReadLineAsync(cancellationToken))?.TrimEnd('\r');
        if (password is null || password.Length < MinimumPasswordLength)
        {
            await output.WriteLineAsync($"初始密码至少 {MinimumPasswordLength} 位（从标准输入读取一行）。");
            return 2;
        }

        await using var scope = scopes.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<FilingDbContext>();
        if (await db.Users.AnyAsync(u => u.Role == Roles.PerformanceOffice || u.Id == id, cancellationToken))
        {
            await output.WriteLineAsync("已有绩效管理科账号（或该账号已存在）：首个管理员只能创建一次，其余账号请由绩效管理科在系统中添加。");
            return Refused;
        }

        db.Users.Add(new UserRecord
        {
            Id = id!,
            DisplayName = name,
            Role = Roles.PerformanceOffice,
            Region = region,
            PasswordHash = PasswordHashing.Hash(password),
        });
        OrganisationMemberEvents.AddForChangedUsers(db, time.GetUtcNow());
        await scope.ServiceProvider.GetRequiredService<OrganisationAudit>().SaveWithAsync(region, Name, OrganisationAuditActions.UserCreated, id,
            $"姓名：{name}；角色：{Roles.NameOf(Roles.PerformanceOffice)}；由管理命令创建", cancellationToken);
        await output.WriteLineAsync($"已创建绩效管理科账号 {id}（{name}，{region}）。请登录后添加部门和人员。");
        return 0;
    }

    /// <summary>`--key value` and `--key=value`.</summary>
    private static Dictionary<string, string> ReadOptions(IReadOnlyList<string> arguments)
    {
        var options = new Dictionary<string, string>(StringComparer.Ordinal);
        for (var i = 0; i < arguments.Count; i++)
        {
            if (!arguments[i].StartsWith("--", StringComparison.Ordinal))
            {
                continue;
            }

            var parts = arguments[i][2..].Split('=', 2);
            if (parts.Length == 2)
            {
                options[parts[0]] = parts[1];
            }
            else if (i + 1 < arguments.Count)
            {
                options[parts[0]] = arguments[++i];
            }
        }

        return options;
    }
}
