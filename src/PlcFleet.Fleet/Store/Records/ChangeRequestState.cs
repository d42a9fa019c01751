namespace PlcFleet.Fleet.Store.Records;

public enum ChangeRequestState
{
    Open,
    Approved,
    Rejected,
    Deployed,
    RolledBack,
}
