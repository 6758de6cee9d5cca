namespace PerfWorkflow.Hosting.Web;

/// <summary>Chinese titles for the framework's own error answers (unknown route, wrong method, not signed in …).</summary>
public static class ChineseStatusTitles
{
    public static string? For(int? status, string? current) => status switch
    {
        400 when current is null or "Bad Request" => "请求格式不正确",
        401 => "请先登录",
        403 => "无权执行此操作",
        404 when current is null or "Not Found" => "未找到",
        405 => "不支持的请求方式",
        409 when current is null or "Conflict" => "数据已被他人修改",
        415 => "不支持的内容类型，请以 JSON 提交",
        500 => "系统内部错误",
        _ => current,
    };
}
