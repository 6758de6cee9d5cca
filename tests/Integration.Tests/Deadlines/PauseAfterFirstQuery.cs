using System.Data.Common;
using Microsoft.EntityFrameworkCore.Diagnostics;

namespace PerfWorkflow.Integration.Tests.Deadlines;

/// <summary>
/// Holds a DbContext's second query until the test lets it go, so a test can put another replica's whole sweep
/// between a sweeper's claim (its first query) and everything it reads or writes after it: the interleaving a busy
/// machine produces only now and then, made certain.
/// </summary>
public sealed class PauseAfterFirstQuery : DbCommandInterceptor
{
    private int _queries;

    public TaskCompletionSource Paused { get; } = new(TaskCreationOptions.RunContinuationsAsynchronously);

    public TaskCompletionSource Resume { get; } = new(TaskCreationOptions.RunContinuationsAsynchronously);

    public override async ValueTask<InterceptionResult<DbDataReader>> ReaderExecutingAsync(
        DbCommand command, CommandEventData eventData, InterceptionResult<DbDataReader> result, CancellationToken cancellationToken = default)
    {
        if (Interlocked.Increment(ref _queries) == 2)
        {
            Paused.TrySetResult();
            await Resume.Task.WaitAsync(cancellationToken);
        }

        return result;
    }
}
