using PerfWorkflow.Hosting.Persistence;

namespace PerfWorkflow.Workflow.Tests;

/// <summary>The rounds a consumer batch applies and saves its messages in (<see cref="BatchRounds"/>).</summary>
public sealed class BatchRoundsTests
{
    private static readonly Guid A = Guid.Parse("00000000-0000-4000-8000-00000000000a");
    private static readonly Guid B = Guid.Parse("00000000-0000-4000-8000-00000000000b");
    private static readonly Guid C = Guid.Parse("00000000-0000-4000-8000-00000000000c");

    [Fact]
    public void Each_filings_nth_message_goes_in_the_nth_round_so_interleaved_filings_share_saves()
    {
        Assert.Equal([[0, 2, 4], [1, 3, 5], [6]], BatchRounds.Of([A, A, B, B, C, C, A]));
    }

    [Fact]
    public void A_message_about_no_filing_is_a_round_of_its_own_between_everything_before_and_after_it()
    {
        Assert.Equal([[0, 1], [2], [3], [4, 5], [6]], BatchRounds.Of([A, B, A, Guid.Empty, A, B, A]));
    }

    [Fact]
    public void Messages_of_one_filing_are_a_round_each_in_arrival_order()
    {
        Assert.Equal([[0], [1], [2]], BatchRounds.Of([A, A, A]));
    }
}
