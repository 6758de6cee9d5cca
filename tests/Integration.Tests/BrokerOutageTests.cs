using System.Net.Http.Json;
using System.Text.Json;
using PerfWorkflow.Integration.Tests.Infrastructure;

namespace PerfWorkflow.Integration.Tests;

[Collection(RealServersCollection.Name)]
public sealed class BrokerOutageTests
{
    [Fact]
    public async Task An_event_committed_while_RabbitMQ_is_down_arrives_exactly_once_after_it_returns()
    {
        await using var services = await SeparateServices.StartAsync();
        var (department, filingId) = await services.FirstDemoFilingAsync();
        var backends = services.Backends;
        await WaitUntilOutboxIsEmptyAsync(backends);

        await ShellCommand.RunAsync(TestServers.RabbitMqControl, "stop");
        try
        {
            // The transition commits with its events in the outbox; the relay cannot hand them to the broker.
            var submitted = await services.ActAsync(filingId, "submit", new { userId = $"{department}-filer" });
            Assert.Equal("InReview", submitted.GetProperty("state").GetString());
            await Eventually.WaitForAsync(
                async () => await backends.ScalarAsync("SELECT COUNT(*) FROM filing_outbox WHERE published_at IS NULL AND attempts > 0") > 0 ? "failed" : null,
                "the relay to fail against the stopped broker");
        }
        finally
        {
            await ShellCommand.RunAsync(TestServers.RabbitMqControl, "start");
        }

        var todo = Assert.Single(await services.InboxItemsAsync($"{department}-head", filingId, "review-requested"));
        await WaitUntilOutboxIsEmptyAsync(backends);

        // Give a duplicate (a republish after a lost confirm) every chance to show up before counting.
        await Task.Delay(TimeSpan.FromSeconds(2));
        var inbox = await services.Notification.Http.GetFromJsonAsync<JsonElement>($"api/inbox/{department}-head?pageSize=200");
        var items = inbox.GetProperty("items").EnumerateArray().Where(i => i.GetProperty("filingId").GetGuid() == filingId).ToList();
        Assert.Single(items);
        Assert.Equal(todo.GetProperty("sourceMessageId").GetGuid(), items[0].GetProperty("sourceMessageId").GetGuid());
    }

    private static Task WaitUntilOutboxIsEmptyAsync(IsolatedBackends backends) =>
        Eventually.WaitForAsync(
            async () => await backends.ScalarAsync("SELECT COUNT(*) FROM filing_outbox WHERE published_at IS NULL") == 0 ? "empty" : null,
            "the outbox to drain", TimeSpan.FromSeconds(120));
}
