using System.Data.Common;
using Microsoft.EntityFrameworkCore.Diagnostics;

namespace PerfWorkflow.Notification.Tests;

/// <summary>Makes every commit fail while <see cref="Refusing"/> is set: the database going away at the last moment.</summary>
public sealed class RefusedCommits : DbTransactionInterceptor
{
    public volatile bool Refusing;

    public override InterceptionResult TransactionCommitting(DbTransaction transaction, TransactionEventData eventData, InterceptionResult result) =>
        Refusing ? throw new CommitRefusedException() : result;

    public override ValueTask<InterceptionResult> TransactionCommittingAsync(
        DbTransaction transaction, TransactionEventData eventData, InterceptionResult result, CancellationToken cancellationToken = default) =>
        Refusing ? throw new CommitRefusedException() : ValueTask.FromResult(result);
}
