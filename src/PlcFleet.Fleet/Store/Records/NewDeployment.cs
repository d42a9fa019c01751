namespace PlcFleet.Fleet.Store.Records;

/// <summary>A change request put on (or taken off) a line, by whom and in which rollout wave.</summary>
public sealed record NewDeployment(long ChangeRequestId, string SiteId, string? Wave, string DeployedBy, DeploymentOutcome Outcome, string Notes = "");
