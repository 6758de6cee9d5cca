using Microsoft.EntityFrameworkCore;

namespace PerfWorkflow.Hosting.Security.Revocation;

/// <summary>
/// A service database that keeps its own copy of Filing's token revocations, because its process verifies tokens
/// without Filing's tables (Workflow, Notification). <see cref="Persistence.ServiceDbContext"/> maps the two tables and
/// the migrator adds their scripts (Schema/revocation) for a context that implements this.
/// </summary>
public interface IRevocationReplicaContext
{
    DbSet<ReplicatedTokenRevocation> RevokedTokens { get; }

    DbSet<ReplicatedAccountRevocation> AccountRevocations { get; }
}
