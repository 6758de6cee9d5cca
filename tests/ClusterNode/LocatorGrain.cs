using Orleans.Runtime;

namespace PerfWorkflow.ClusterNode;

/// <summary>
/// Keeps its call count in memory only, so a count that starts again at 1 shows a new activation. Placed on the silo
/// that first calls it, so a test decides which silo hosts which grain.
/// </summary>
[Orleans.Placement.PreferLocalPlacement]
public sealed class LocatorGrain(ILocalSiloDetails silo) : Grain, ILocatorGrain
{
    private int _calls;

    public Task<GrainWhereabouts> VisitAsync() => Task.FromResult(new GrainWhereabouts(silo.SiloAddress.ToString(), ++_calls));

    public Task<GrainWhereabouts> VisitOtherAsync(string key) => GrainFactory.GetGrain<ILocatorGrain>(key).VisitAsync();
}
