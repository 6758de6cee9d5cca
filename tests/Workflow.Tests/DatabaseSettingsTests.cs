using Microsoft.Extensions.Configuration;
using Npgsql;
using PerfWorkflow.Hosting.Persistence;

namespace PerfWorkflow.Workflow.Tests;

/// <summary>
/// PostgreSQL connections keep their statements prepared and skip the reset on return to the pool, unless the
/// operator's connection string says otherwise (<see cref="DatabaseSettings.WithStatementReuse"/>).
/// </summary>
public sealed class DatabaseSettingsTests
{
    [Fact]
    public void A_postgresql_connection_string_without_those_settings_gets_prepared_statements_and_no_reset()
    {
        var settings = For("Host=db;Database=perfwf;Username=filing");

        var built = new NpgsqlConnectionStringBuilder(settings.ConnectionString);
        Assert.Equal(100, built.MaxAutoPrepare);
        Assert.Equal(2, built.AutoPrepareMinUsages);
        Assert.True(built.NoResetOnClose);
        Assert.Equal("db", built.Host);
    }

    [Theory]
    [InlineData("Host=db;Max Auto Prepare=0;No Reset On Close=false")]
    [InlineData("Host=db;MaxAutoPrepare=0;NoResetOnClose=false")]
    [InlineData("Host=db;max auto prepare=0;no reset on close=false")]
    public void What_the_operator_wrote_stands(string connectionString)
    {
        var built = new NpgsqlConnectionStringBuilder(For(connectionString).ConnectionString);

        Assert.Equal(0, built.MaxAutoPrepare);
        Assert.False(built.NoResetOnClose);
    }

    [Fact]
    public void A_sqlite_connection_string_is_left_as_it_is()
    {
        var configuration = new ConfigurationBuilder().AddInMemoryCollection(new Dictionary<string, string?>
        {
            ["ConnectionStrings:Default"] = "Data Source=workflow.db",
        }).Build();

        Assert.Equal("Data Source=workflow.db", DatabaseSettings.For(configuration, "Workflow").ConnectionString);
    }

    private static DatabaseSettings For(string connectionString) =>
        DatabaseSettings.For(new ConfigurationBuilder().AddInMemoryCollection(new Dictionary<string, string?>
        {
            ["Persistence:Provider"] = "PostgreSql",
            ["ConnectionStrings:Default"] = connectionString,
        }).Build(), "Workflow");
}
