using PlcFleet.Fleet.Migrations;

namespace PlcFleet.Fleet.Targeting;

using PlcFleet.Fleet.Inventory;

/// <summary>Which sites a migration targets and why each other site is left out, in fleet file order.</summary>
public sealed record MigrationPlan(Migration Migration, Fleet Fleet, IReadOnlyList<SitePlan> Sites)
{
    public IReadOnlyList<SitePlan> Targeted => Sites.Where(s => s.Decision == TargetingDecision.Targeted).ToList();

    public IReadOnlyList<SitePlan> Skipped => Sites.Where(s => s.Decision == TargetingDecision.Skipped).ToList();

    public IReadOnlyList<SitePlan> NotTargetable => Sites.Where(s => s.Decision == TargetingDecision.NotTargetable).ToList();

    public SitePlan? ForSite(string siteId) => Sites.FirstOrDefault(s => s.Site.Id == siteId);
}
