namespace PlcFleet.Fleet.Burndown;

/// <summary>A site that ended without its change on the line (failed, vetoed, rejected, rolled back), with why, for the list under the burndown.</summary>
public sealed record SiteOutcome(string SiteId, SiteStage Stage, string Reason, string Source, DateTimeOffset Time);
