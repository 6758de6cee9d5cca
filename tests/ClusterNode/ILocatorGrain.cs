namespace PerfWorkflow.ClusterNode;

/// <summary>A grain that tells where it lives and how many calls its current activation has served.</summary>
public interface ILocatorGrain : IGrainWithStringKey
{
    /// <summary>The silo hosting this activation and the calls it has served, this one included.</summary>
    Task<GrainWhereabouts> VisitAsync();

    /// <summary>Calls another locator grain from inside this one (silo-to-silo when they live apart).</summary>
    Task<GrainWhereabouts> VisitOtherAsync(string key);
}
