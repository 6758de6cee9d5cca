using PerfWorkflow.Domain.Filings;
using PerfWorkflow.Filing.Application;
using PerfWorkflow.Filing.Grains;
using PerfWorkflow.Hosting.Web;

namespace PerfWorkflow.Filing.Tests.Grains;

/// <summary>How a grain's answer or failure becomes the API's: refusals keep their status, an unreachable grain is a retryable 503.</summary>
public sealed class FilingGrainCallsTests
{
    [Fact]
    public async Task A_grain_that_cannot_be_reached_is_a_retryable_error_not_a_server_fault()
    {
        var unreachable = await Assert.ThrowsAsync<ServiceBusyException>(() =>
            FilingGrainCalls.CallAsync(() => Task.FromException<FilingReply>(new SiloUnavailableException("silo left"))));
        var timedOut = await Assert.ThrowsAsync<ServiceBusyException>(() =>
            FilingGrainCalls.CallAsync(() => Task.FromException<FilingReply>(new TimeoutException("no answer"))));

        Assert.IsType<SiloUnavailableException>(unreachable.InnerException);
        Assert.IsType<TimeoutException>(timedOut.InnerException);
    }

    [Fact]
    public async Task Refusals_become_the_exceptions_the_problem_handler_answers_with_422_404_and_409()
    {
        var rule = await Assert.ThrowsAsync<FilingRuleException>(() => FilingGrainCalls.CallAsync(() =>
            Task.FromResult(new FilingReply(null, new Refusal(RefusalKind.Rule, "filing.closed", "本年度绩效管理流程已结束。")))));
        var missing = await Assert.ThrowsAsync<ResourceNotFoundException>(() => FilingGrainCalls.CallAsync(() =>
            Task.FromResult(new FilingReply(null, new Refusal(RefusalKind.NotFound, "filing.not-found", "未找到该绩效管理档案。")))));
        var conflict = await Assert.ThrowsAsync<ConcurrencyConflictException>(() => FilingGrainCalls.CallAsync(() =>
            Task.FromResult(new FilingReply(null, new Refusal(RefusalKind.Conflict, "concurrency.conflict", "该档案刚被其他人处理过。")))));

        Assert.Equal("filing.closed", rule.Code);
        Assert.Equal("filing.not-found", missing.Code);
        Assert.Equal("该档案刚被其他人处理过。", conflict.Message);
    }

    [Fact]
    public async Task A_programming_fault_in_the_grain_is_not_disguised_as_a_retryable_error()
    {
        await Assert.ThrowsAsync<ArgumentException>(() =>
            FilingGrainCalls.CallAsync(() => Task.FromException<FilingReply>(new ArgumentException("unknown command"))));
    }
}
