using PerfWorkflow.Domain.Filings.Events;

namespace PerfWorkflow.Domain.Tests;

/// <summary>Every domain type can be named without its namespace (docs/decisions/0008-domain-event-names.md).</summary>
public class TypeNameTests
{
    private static readonly IReadOnlyList<Type> DomainTypes = typeof(IFilingEvent).Assembly.GetExportedTypes();

    [Fact]
    public void No_two_public_domain_types_share_a_name()
    {
        var shared = DomainTypes.GroupBy(t => t.Name).Where(g => g.Count() > 1).Select(g => string.Join(" / ", g.Select(t => t.FullName)));

        Assert.Empty(shared);
    }

    [Fact]
    public void Filing_events_are_sealed_records_named_for_their_fact_plus_Event_in_the_events_namespace()
    {
        var events = DomainTypes.Where(t => t.IsClass && typeof(IFilingEvent).IsAssignableFrom(t)).ToList();

        Assert.NotEmpty(events);
        Assert.All(events, t =>
        {
            Assert.Equal(typeof(IFilingEvent).Namespace, t.Namespace);
            Assert.EndsWith("Event", t.Name, StringComparison.Ordinal);
            Assert.True(t.IsSealed && t.GetMethod("<Clone>$") is not null, $"{t.Name} is not a sealed record.");
        });
    }
}
