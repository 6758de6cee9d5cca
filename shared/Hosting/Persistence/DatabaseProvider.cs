namespace PerfWorkflow.Hosting.Persistence;

/// <summary>Which database a service stores its tables in. SQLite is the embedded default.</summary>
public enum DatabaseProvider
{
    Sqlite,
    PostgreSql,
}
