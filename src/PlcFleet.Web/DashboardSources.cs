using PlcFleet.Fleet.Review;
using PlcFleet.Fleet.Store;

namespace PlcFleet.Web;

/// <summary>What the dashboard reads and writes: the fleet store, the sites' repositories (for branch heads), and the clock.</summary>
public sealed class DashboardSources(IFleetStore store, SiteRepositories repositories, TimeProvider? clock = null)
{
    public IFleetStore Store { get; } = store;

    public SiteRepositories Repositories { get; } = repositories;

    public TimeProvider Clock { get; } = clock ?? TimeProvider.System;

    public ReviewService Reviews() => new(Store, Repositories);
}
