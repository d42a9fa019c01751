namespace PlcFleet.Fleet.Store.Records;

/// <summary>A release intent closed by this caller, with the deployment record its outcome wrote (if any).</summary>
public sealed record ClosedReleaseIntent(long IntentId, DeploymentRecord? Deployment);
