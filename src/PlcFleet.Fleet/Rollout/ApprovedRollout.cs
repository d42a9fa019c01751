using PlcFleet.Fleet.FleetDefinitions;
using PlcFleet.Fleet.Review;
using PlcFleet.Fleet.Store;
using PlcFleet.Fleet.Store.Records;

namespace PlcFleet.Fleet.Rollout;

/// <summary>
/// A <see cref="RolloutService"/> on the fleet of an approved fleet definition, the only fleet a rollout may trust.
/// The CLI first checks that the file the user passed is that definition; the dashboard has no file to pass and uses
/// the store's current approved definition directly.
/// </summary>
public static class ApprovedRollout
{
    public static RolloutService For(IFleetStore store, Inventory.Fleet fleet, FleetDefinitionRecord definition, TimeProvider? clock = null)
    {
        var repositories = new SiteRepositories(fleet);
        return new RolloutService(store, repositories, new ReviewService(store, repositories), clock, definition: definition);
    }

    /// <summary>The rollout on the store's current approved definition, or why there is none.</summary>
    public static async Task<(RolloutService? Rollout, Inventory.Fleet? Fleet, FleetDefinitionRecord? Definition, string? Problem)> CurrentAsync(IFleetStore store, TimeProvider? clock = null, CancellationToken cancellationToken = default)
    {
        var definition = await store.FleetDefinitions.CurrentAsync(cancellationToken).ConfigureAwait(false);
        if (definition is null || FleetDefinitionService.Parse(definition) is not { } fleet)
        {
            return (null, null, null, "no approved fleet definition is recorded in the store: 'plcfleet fleet propose --as USER', then 'plcfleet fleet approve DEF-n --as USER' by a safety engineer or admin other than the proposer");
        }

        return (For(store, fleet, definition, clock), fleet, definition, null);
    }
}
