using System.Text.Json;
using PerfWorkflow.Filing.Tests.Infrastructure;
using static PerfWorkflow.Integration.Tests.Authorisation.MatrixPreparations;

namespace PerfWorkflow.Integration.Tests.Authorisation;

/// <summary>
/// The matrix rows of Notification: each person's own inbox and channel choices; failed deliveries for the
/// performance office of the recipients' region; poison messages (raw bus messages, of no region) for any
/// performance office of the deployment.
/// </summary>
public static partial class MatrixRows
{
    private static IEnumerable<MatrixRow> Notification() =>
    [
        OnNotification("GET /api/inbox/", [H, H, Y, H, H, H, H, H, H, U], HeadsInboxItem,
            c => c.Client.GetApiAsync("/api/inbox?pageSize=200"), ReadOnly: true,
            Shows: (t, body) => body.GetProperty("items").EnumerateArray().Any(i => i.GetProperty("id").GetGuid() == t.InboxItem)),
        OnNotification("POST /api/inbox/items/{id:guid}/read", [N, N, Y, N, N, N, N, N, N, U], HeadsInboxItem,
            c => c.Client.PostJsonAsync($"/api/inbox/items/{c.Target.InboxItem}/read", null),
            State: HeadsInboxStateAsync),
        OnNotification("GET /api/notifications/preferences/", [Y, Y, Y, Y, Y, Y, Y, Y, Y, U], NoFiling,
            c => c.Client.GetApiAsync("/api/notifications/preferences"), ReadOnly: true),
        OnNotification("PUT /api/notifications/preferences/", [Y, Y, Y, Y, Y, Y, Y, Y, Y, U], NoFiling,
            c => c.Client.PutJsonAsync("/api/notifications/preferences", new
            {
                emailEnabled = false, emailAddress = (string?)null, webhookEnabled = false, webhookUrl = (string?)null, webhookSecret = (string?)null, dailyDigest = true,
            })),
        OnNotification("GET /api/notifications/dead-letters", [N, N, N, N, N, N, N, Y, H, U], DeadLetter,
            c => c.Client.GetApiAsync("/api/notifications/dead-letters?pageSize=200"), ReadOnly: true,
            Shows: (t, body) => body.GetProperty("items").EnumerateArray().Any(i => i.GetProperty("id").GetGuid() == t.DeadLetter)),
        OnNotification("POST /api/notifications/dead-letters/{id:guid}/retry", [N, N, N, N, N, N, N, Y, N, U], DeadLetter,
            c => c.Client.PostJsonAsync($"/api/notifications/dead-letters/{c.Target.DeadLetter}/retry", null),
            State: DeadLetterStateAsync),
        OnNotification("GET /api/notifications/poison-messages", [N, N, N, N, N, N, N, Y, Y, U], NoFiling,
            c => c.Client.GetApiAsync("/api/notifications/poison-messages"), ReadOnly: true),
    ];

    /// <summary>
    /// An e-mail to the unit's filer that failed every attempt, as the dispatcher leaves one (written to the table:
    /// making a real relay fail six times would only slow the matrix, and who may see and retry it is the question).
    /// </summary>
    private static async Task<MatrixTarget> DeadLetter(MatrixDriver driver, MatrixRole? role)
    {
        var target = await NoFiling(driver, role);
        var id = Guid.NewGuid();
        await driver.Services.Processes.Backends.ScalarAsync(
            "INSERT INTO notification_deliveries (id, inbox_item_id, user_id, channel, target, subject, payload, status, attempts, next_attempt_at, last_error, created_at, sent_at, digest_id) " +
            $"VALUES ('{id}', NULL, '{DemoOrganisation.FilerOf(target.DepartmentId)}', 'email', 'filer@unit.example', '待办提醒', '{{}}', 'dead', 6, NULL, 'SMTP 550', now(), NULL, NULL) RETURNING 1");
        return target with { DeadLetter = id };
    }

    private static async Task<string?> DeadLetterStateAsync(MatrixDriver driver, MatrixTarget target) =>
        (await driver.Services.Processes.Backends.ScalarAsync($"SELECT attempts * 10 + (CASE WHEN status = 'dead' THEN 1 ELSE 0 END) FROM notification_deliveries WHERE id = '{target.DeadLetter}'"))
        .ToString(System.Globalization.CultureInfo.InvariantCulture);

    private static async Task<string?> HeadsInboxStateAsync(MatrixDriver driver, MatrixTarget target)
    {
        var inbox = await driver.GetAsync(MatrixService.Notification, target.RequireFiling().Head, "/api/inbox?pageSize=200");
        return inbox.GetProperty("items").EnumerateArray().Single(i => i.GetProperty("id").GetGuid() == target.InboxItem).ToString();
    }

    private static MatrixRow OnNotification(
        string endpoint, Expect[] expectations, Func<MatrixDriver, MatrixRole?, Task<MatrixTarget>> prepare, Func<MatrixCall, Task<ApiResponse>> send,
        bool ReadOnly = false, Func<MatrixTarget, JsonElement, bool>? Shows = null, Func<MatrixDriver, MatrixTarget, Task<string?>>? State = null) =>
        new(MatrixService.Notification, endpoint, expectations, prepare, send, ReadOnly, Shows, State);
}
