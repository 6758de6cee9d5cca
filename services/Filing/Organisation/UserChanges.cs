using PerfWorkflow.Domain.Organisation;
using PerfWorkflow.Filing.Persistence;

namespace PerfWorkflow.Filing.Organisation;

/// <summary>An account change as its audit line reads it (Chinese): each field that changes, before → after.</summary>
public static class UserChanges
{
    public static string Describe(UserRecord before, string displayName, string role, string? departmentId, bool disabled)
    {
        var parts = new List<string>();
        if (displayName != before.DisplayName)
        {
            parts.Add($"姓名：{before.DisplayName} → {displayName}");
        }

        if (role != before.Role)
        {
            parts.Add($"角色：{Roles.NameOf(before.Role)} → {Roles.NameOf(role)}");
        }

        if (departmentId != before.DepartmentId)
        {
            parts.Add($"部门：{before.DepartmentId ?? "无"} → {departmentId ?? "无"}");
        }

        if (disabled != before.Disabled)
        {
            parts.Add(disabled ? "停用账号" : "启用账号");
        }

        return parts.Count == 0 ? "无变化" : string.Join("；", parts);
    }
}
