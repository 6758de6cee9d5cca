namespace PerfWorkflow.Browser.Tests.Infrastructure;

/// <summary>The browser tests share one Host and one Chromium and run one after another (they change the demo data).</summary>
[CollectionDefinition(Name)]
public sealed class PortalCollection : ICollectionFixture<PortalFixture>
{
    public const string Name = "portal";
}
