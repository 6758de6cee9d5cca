using System.Net.Http.Json;
using System.Text.Json;
using PerfWorkflow.Integration.Tests.Infrastructure;

namespace PerfWorkflow.Integration.Tests.Filing;

/// <summary>What the Notification service put in people's inboxes for one filing, waited for as it crosses the bus.</summary>
public sealed class CycleInbox(FilingCalls calls, ServiceProcess notification, Guid filingId)
{
    /// <summary>Waits until each user has an item of this kind for the stage (and step), and returns them.</summary>
    public async Task<List<JsonElement>> ArrivedAsync(string kind, string stage, int? step, params string[] users)
    {
        var items = new List<JsonElement>();
        foreach (var user in users)
        {
            var found = await Eventually.WaitForAsync(
                async () => (await ItemsAsync(user)).Where(i => Matches(i, kind, stage, step)).ToList() is { Count: > 0 } list ? list : null,
                $"a '{kind}' item of {stage} step {step} for {user}");
            items.Add(Assert.Single(found));
        }

        return items;
    }

    /// <summary>Waits until the user's to-do for the stage and step is marked done.</summary>
    public Task DoneAsync(string user, string stage, int step) =>
        Eventually.WaitForAsync(
            async () => (await ItemsAsync(user)).Any(i => Matches(i, "review-requested", stage, step) && i.GetProperty("doneAt").ValueKind != JsonValueKind.Null) ? "done" : null,
            $"{user}'s to-do of {stage} step {step} to be done");

    public async Task<List<JsonElement>> ItemsAsync(string user)
    {
        var client = await calls.AsAsync(user, notification);
        var inbox = await client.GetFromJsonAsync<JsonElement>("api/inbox?pageSize=200");
        return inbox.GetProperty("items").EnumerateArray().Where(i => i.GetProperty("filingId").GetGuid() == filingId).ToList();
    }

    private static bool Matches(JsonElement item, string kind, string stage, int? step) =>
        item.GetProperty("kind").GetString() == kind
        && item.GetProperty("stage").GetString() == stage
        && (step is null || (item.GetProperty("step").ValueKind == JsonValueKind.Number && item.GetProperty("step").GetInt32() == step));
}
