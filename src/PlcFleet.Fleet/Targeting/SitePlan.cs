using PlcFleet.Fleet.Inventory;

namespace PlcFleet.Fleet.Targeting;

/// <summary>The decision for one site and every precondition's outcome behind it.</summary>
public sealed record SitePlan(Site Site, TargetingDecision Decision, IReadOnlyList<PreconditionResult> Reasons, string Summary)
{
    /// <summary>Errors in the site's plcfleet.yaml, positioned (file:line:column); such a site is not targetable.</summary>
    public IReadOnlyList<string> SettingsErrors { get; init; } = [];

    public bool IsTargeted => Decision == TargetingDecision.Targeted;

    public IEnumerable<PreconditionResult> Failed => Reasons.Where(r => !r.Passed);
}
