using PlcFleet.Fleet.Store;
using PlcFleet.Fleet.Store.Records;
using PlcFleet.Fleet.Workspaces;

namespace PlcFleet.Fleet.ChangeRequests;

/// <summary>Finds the open change request a site already has for a migration version (so a run never opens a second one).</summary>
public static class OpenChangeRequests
{
    public static async Task<ChangeRequestRecord?> ForSiteAsync(IFleetStore store, string migrationId, int version, string siteId, CancellationToken cancellationToken)
    {
        var branch = WorkspaceBranch.For(migrationId, version);
        var open = await store.ListChangeRequestsAsync(ChangeRequestState.Open, cancellationToken: cancellationToken).ConfigureAwait(false);
        return open.LastOrDefault(cr => cr.MigrationId == migrationId && cr.SiteId == siteId && cr.Branch == branch);
    }
}
