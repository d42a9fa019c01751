using PlcFleet.Fleet.Store;

namespace PlcFleet.Fleet.Tests.Runs;

internal static class StoreTestExtensions
{
    public static async Task<int> SiteAttempts(this IFleetStore store, string runId, string siteId) =>
        (await store.GetSiteRunAsync(runId, siteId))?.Attempts ?? 0;
}
