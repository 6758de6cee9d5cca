using System.Runtime.CompilerServices;
using PerfWorkflow.Contracts;
using PerfWorkflow.Domain.Filings.Events;
using PerfWorkflow.Filing.Messaging;

namespace PerfWorkflow.Filing.Tests.Messaging;

/// <summary>
/// A domain event and the bus message it becomes are the same fact under two names: <c>StageOpenedEvent</c> in the
/// domain, <c>StageOpened</c> on the bus (docs/decisions/0008-domain-event-names.md).
/// </summary>
public sealed class FilingEventContractsTests
{
    private static readonly IReadOnlyList<Type> DomainEvents =
        typeof(IFilingEvent).Assembly.GetExportedTypes().Where(t => t is { IsClass: true, IsAbstract: false } && typeof(IFilingEvent).IsAssignableFrom(t)).ToList();

    [Fact]
    public void Every_domain_event_becomes_the_contract_named_for_the_same_fact()
    {
        Assert.NotEmpty(DomainEvents);
        var messageId = Guid.CreateVersion7();
        foreach (var type in DomainEvents)
        {
            // The mapping only copies fields, so an event with default fields shows which contract its type becomes.
            var domainEvent = (IFilingEvent)RuntimeHelpers.GetUninitializedObject(type);
            var contract = FilingEventContracts.ToContract(domainEvent, "d-test", 2027, messageId);

            Assert.Equal((typeof(FilingOpened).Namespace, type.Name[..^"Event".Length]), (contract.GetType().Namespace, contract.GetType().Name));
        }
    }

    [Fact]
    public void No_domain_type_shares_its_name_with_a_bus_contract()
    {
        var contracts = typeof(FilingOpened).Assembly.GetExportedTypes().Select(t => t.Name).ToHashSet(StringComparer.Ordinal);
        var clashes = typeof(IFilingEvent).Assembly.GetExportedTypes().Where(t => contracts.Contains(t.Name)).Select(t => t.FullName);

        Assert.Empty(clashes);
    }
}
