using System.Data.Common;
using Microsoft.EntityFrameworkCore.Diagnostics;

namespace PerfWorkflow.Integration.Tests.Deadlines;

/// <summary>Makes a DbContext's first transaction commit fail, as a process dying between its last write and its commit would.</summary>
public sealed class FailingCommit : DbTransactionInterceptor
{
    private int _commits;

    public override ValueTask<InterceptionResult> TransactionCommittingAsync(
        DbTransaction transaction, TransactionEventData eventData, InterceptionResult result, CancellationToken cancellationToken = default) =>
        Interlocked.Increment(ref _commits) == 1
            ? throw new InvalidOperationException("Simulated crash before the commit.")
            : ValueTask.FromResult(result);
}
