namespace PlcFleet.Fleet.Store.Records;

public enum ReviewVerdict
{
    Approved,
    Rejected,
    ChangesRequested,
}
