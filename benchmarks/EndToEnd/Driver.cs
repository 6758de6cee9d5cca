using System.Diagnostics;
using System.Threading.Channels;

namespace PerfWorkflow.EndToEnd.Benchmarks;

/// <summary>
/// Carries each filing through its chain (submit → 部门负责人 → 财政业务科室 → 绩效管理科), either as fast as M users can
/// (closed loop) or at a fixed arrival rate (open loop, for latency at a given load). Every 20th submission is
/// followed by a sampler that waits for the head's 待办 to appear in Notification: the event-to-inbox lag.
/// </summary>
public sealed class Driver(Workload workload, Api finance, Api office, Func<string, Api> inboxOf)
{
    private static readonly TimeSpan FirstPollInterval = TimeSpan.FromMilliseconds(5);

    // The probe is itself load on Notification (an HTTP request and four statements a poll): at 1 in 10 with 5 % steps
    // it made more requests than the run made transitions once the inbox lagged. Every event's lag is also read from
    // the services' own records afterwards (StageTimes), so fewer samples lose nothing.
    private const int SampleEvery = 20;

    public async Task<(Measurements Results, TimeSpan Elapsed)> ClosedLoopAsync(IReadOnlyList<BenchFiling> filings, int users)
    {
        var measurements = new Measurements();
        var queue = Channel.CreateUnbounded<(BenchFiling Filing, int Index)>();
        for (var i = 0; i < filings.Count; i++)
        {
            queue.Writer.TryWrite((filings[i], i));
        }

        queue.Writer.Complete();
        var samplers = new List<Task>();
        var clock = Stopwatch.StartNew();
        var workers = Enumerable.Range(0, users).Select(async _ =>
        {
            await foreach (var (filing, index) in queue.Reader.ReadAllAsync())
            {
                await ChainAsync(filing, index, measurements, samplers);
            }
        });
        await Task.WhenAll(workers);
        var elapsed = clock.Elapsed;
        await Task.WhenAll(samplers.ToArray());
        return (measurements, elapsed);
    }

    public async Task<(Measurements Results, TimeSpan Elapsed)> OpenLoopAsync(IReadOnlyList<BenchFiling> filings, double transitionsPerSecond)
    {
        var measurements = new Measurements();
        var samplers = new List<Task>();
        var interval = TimeSpan.FromSeconds(4 / transitionsPerSecond);
        var clock = Stopwatch.StartNew();
        var chains = new List<Task>();
        for (var i = 0; i < filings.Count; i++)
        {
            var due = interval * i;
            if (due > clock.Elapsed)
            {
                await Task.Delay(due - clock.Elapsed);
            }

            chains.Add(ChainAsync(filings[i], i, measurements, samplers));
        }

        await Task.WhenAll(chains);
        var elapsed = clock.Elapsed;
        await Task.WhenAll(samplers.ToArray());
        return (measurements, elapsed);
    }

    private async Task ChainAsync(BenchFiling filing, int index, Measurements measurements, List<Task> samplers)
    {
        var filer = workload.People[$"{filing.DepartmentId}-filer"];
        var head = workload.People[$"{filing.DepartmentId}-department-head"];
        var path = $"api/filings/{filing.Id}";
        if (!await TimedAsync(() => filer.PostAsync($"{path}/submit", null), measurements))
        {
            return;
        }

        if (index % SampleEvery == 0)
        {
            var submittedAt = Stopwatch.GetTimestamp();
            lock (samplers)
            {
                samplers.Add(SampleLagAsync(filing, inboxOf($"{filing.DepartmentId}-department-head"), submittedAt, measurements));
            }
        }

        foreach (var reviewer in new[] { head, finance, office })
        {
            if (!await TimedAsync(() => reviewer.PostAsync($"{path}/approve", null), measurements))
            {
                return;
            }
        }
    }

    private static async Task<bool> TimedAsync(Func<Task> call, Measurements measurements)
    {
        var started = Stopwatch.GetTimestamp();
        try
        {
            await call();
            measurements.Transition(Stopwatch.GetElapsedTime(started));
            return true;
        }
        catch (HttpRequestException)
        {
            measurements.Failure();
            return false;
        }
    }

    private static async Task SampleLagAsync(BenchFiling filing, Api headInbox, long submittedAt, Measurements measurements)
    {
        var limit = TimeSpan.FromSeconds(30);
        while (Stopwatch.GetElapsedTime(submittedAt) < limit)
        {
            var inbox = await headInbox.GetAsync("api/inbox?pageSize=50");
            if (inbox.GetProperty("items").EnumerateArray().Any(i => i.GetProperty("filingId").GetGuid() == filing.Id))
            {
                measurements.Lag(Stopwatch.GetElapsedTime(submittedAt));
                return;
            }

            // Polling every 5 ms while a sample waits seconds would load the service being measured: the interval
            // grows with the wait, keeping the sample's error under 10 %.
            var waited = Stopwatch.GetElapsedTime(submittedAt);
            await Task.Delay(waited / 10 > FirstPollInterval ? waited / 10 : FirstPollInterval);
        }
    }
}
