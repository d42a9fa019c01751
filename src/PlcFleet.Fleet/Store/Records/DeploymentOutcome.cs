namespace PlcFleet.Fleet.Store.Records;

public enum DeploymentOutcome
{
    Deployed,
    RolledBack,
    Failed,
}
