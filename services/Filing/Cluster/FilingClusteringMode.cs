namespace PerfWorkflow.Filing.Cluster;

/// <summary>How the Filing silos find each other (<c>Orleans:Clustering</c>).</summary>
public enum FilingClusteringMode
{
    /// <summary>One silo on 127.0.0.1 with no shared table: the embedded Host and SQLite.</summary>
    Localhost,

    /// <summary>Membership in the Filing PostgreSQL database (Microsoft.Orleans.Clustering.AdoNet).</summary>
    AdoNet,
}
