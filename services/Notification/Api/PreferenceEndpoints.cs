using System.Net.Mail;
using System.Security.Claims;
using Microsoft.EntityFrameworkCore;
using PerfWorkflow.Hosting.Security;
using PerfWorkflow.Hosting.Web;
using PerfWorkflow.Notification.Delivery;
using PerfWorkflow.Notification.Persistence;

namespace PerfWorkflow.Notification.Api;

/// <summary>
/// Each person chooses how they hear of their inbox: in-app always; e-mail and a webhook of their own if they wish,
/// one by one or as a daily digest (每日汇总). The webhook secret is never shown back.
/// </summary>
public static class PreferenceEndpoints
{
    public const int MinimumSecretLength = 16;
    public const int MaxSecretLength = 256;
    public const int MaxWebhookUrlLength = 2000;

    /// <summary>The longest address SMTP allows (RFC 5321).</summary>
    public const int MaxEmailLength = 254;

    public static void Map(IEndpointRouteBuilder endpoints)
    {
        var api = endpoints.MapGroup("/api/notifications/preferences").WithTags("Notification").RequireAuthorization();

        api.MapGet("/", async (ClaimsPrincipal principal, NotificationDbContext db, CancellationToken ct) =>
        {
            var userId = UserIdOf(principal);
            var preference = await db.Preferences.AsNoTracking().SingleOrDefaultAsync(p => p.UserId == userId, ct);
            var directoryEmail = await db.DirectoryUsers.AsNoTracking().Where(u => u.UserId == userId).Select(u => u.Email).SingleOrDefaultAsync(ct);
            return Results.Ok(View(userId, preference, directoryEmail));
        });

        api.MapPut("/", async (PreferencesRequest request, ClaimsPrincipal principal, NotificationDbContext db, TimeProvider time, WebhookTargetPolicy targets, CancellationToken ct) =>
        {
            var userId = UserIdOf(principal);
            var preference = await db.Preferences.SingleOrDefaultAsync(p => p.UserId == userId, ct);
            var directoryEmail = await db.DirectoryUsers.AsNoTracking().Where(u => u.UserId == userId).Select(u => u.Email).SingleOrDefaultAsync(ct);
            // Well-formed but over its bound: 422 before anything else is judged, like every other text limit.
            if (TooLong(request) is { } tooLong)
            {
                return tooLong;
            }

            var errors = Validate(request, preference, directoryEmail);
            if (!errors.ContainsKey("webhookUrl") && Uri.TryCreate(request.WebhookUrl?.Trim(), UriKind.Absolute, out var webhook)
                && await targets.RefusalAsync(webhook, ct) is { } refusal)
            {
                errors["webhookUrl"] = [refusal];
            }

            if (errors.Count > 0)
            {
                return Results.ValidationProblem(errors, title: "通知设置有误");
            }

            if (preference is null)
            {
                preference = new NotificationPreference { UserId = userId, UpdatedAt = time.GetUtcNow().UtcDateTime };
                db.Preferences.Add(preference);
            }

            preference.EmailEnabled = request.EmailEnabled;
            preference.EmailAddress = string.IsNullOrWhiteSpace(request.EmailAddress) ? null : request.EmailAddress.Trim();
            preference.WebhookEnabled = request.WebhookEnabled;
            preference.WebhookUrl = string.IsNullOrWhiteSpace(request.WebhookUrl) ? null : request.WebhookUrl.Trim();
            if (!string.IsNullOrEmpty(request.WebhookSecret))
            {
                preference.WebhookSecret = request.WebhookSecret;
            }

            preference.DailyDigest = request.DailyDigest;
            preference.UpdatedAt = time.GetUtcNow().UtcDateTime;
            await db.SaveChangesAsync(ct);
            return Results.Ok(View(userId, preference, directoryEmail));
        });
    }

    private static Dictionary<string, string[]> Validate(PreferencesRequest request, NotificationPreference? current, string? directoryEmail)
    {
        var errors = new Dictionary<string, string[]>();
        var address = string.IsNullOrWhiteSpace(request.EmailAddress) ? null : request.EmailAddress.Trim();
        if (address is not null && !MailAddress.TryCreate(address, out _))
        {
            errors["emailAddress"] = ["电子邮箱地址格式不正确。"];
        }
        else if (request.EmailEnabled && address is null && string.IsNullOrEmpty(directoryEmail))
        {
            errors["emailAddress"] = ["开启邮件通知须填写电子邮箱地址。"];
        }

        if (request.WebhookEnabled || !string.IsNullOrWhiteSpace(request.WebhookUrl))
        {
            if (!Uri.TryCreate(request.WebhookUrl?.Trim(), UriKind.Absolute, out var url) || (url.Scheme != Uri.UriSchemeHttps && url.Scheme != Uri.UriSchemeHttp))
            {
                errors["webhookUrl"] = ["Webhook 地址须为完整的 http(s) 网址。"];
            }
        }

        if (!string.IsNullOrEmpty(request.WebhookSecret) && request.WebhookSecret.Length < MinimumSecretLength)
        {
            errors["webhookSecret"] = [$"Webhook 签名密钥至少 {MinimumSecretLength} 个字符。"];
        }
        else if (request.WebhookEnabled && string.IsNullOrEmpty(request.WebhookSecret) && string.IsNullOrEmpty(current?.WebhookSecret))
        {
            errors["webhookSecret"] = ["开启 Webhook 通知须设置签名密钥。"];
        }

        return errors;
    }

    private static IResult? TooLong(PreferencesRequest request)
    {
        var errors = new FieldErrors()
            .Limit(request.WebhookUrl, MaxWebhookUrlLength, "webhookUrl")
            .Limit(request.EmailAddress, MaxEmailLength, "emailAddress")
            .Limit(request.WebhookSecret, MaxSecretLength, "webhookSecret");
        return errors.Any ? errors.ToResult(StatusCodes.Status422UnprocessableEntity) : null;
    }

    private static object View(string userId, NotificationPreference? p, string? directoryEmail) => new
    {
        userId,
        inApp = true,
        emailEnabled = p?.EmailEnabled ?? false,
        emailAddress = p?.EmailAddress ?? directoryEmail,
        webhookEnabled = p?.WebhookEnabled ?? false,
        webhookUrl = p?.WebhookUrl,
        webhookSecretSet = !string.IsNullOrEmpty(p?.WebhookSecret),
        dailyDigest = p?.DailyDigest ?? false,
    };

    private static string UserIdOf(ClaimsPrincipal principal) =>
        principal.FindFirstValue(PerfWorkflowClaims.UserId) ?? throw new AccessDeniedException("notification.no-user", "令牌中没有用户标识。");
}
