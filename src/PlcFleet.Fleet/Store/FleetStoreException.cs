namespace PlcFleet.Fleet.Store;

/// <summary>
/// The store cannot be used as asked (a database from a newer plcfleet, a change request that does not exist, a store
/// file that cannot be opened or written). The message names the file where the file is the problem.
/// </summary>
public sealed class FleetStoreException : Exception
{
    public FleetStoreException(string message)
        : base(message)
    {
    }

    public FleetStoreException(string message, Exception inner)
        : base(message, inner)
    {
    }
}
