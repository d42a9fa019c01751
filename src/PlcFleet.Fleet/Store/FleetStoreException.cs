namespace PlcFleet.Fleet.Store;

/// <summary>The store cannot be used as asked (a database from a newer plcfleet, a change request that does not exist).</summary>
public sealed class FleetStoreException(string message) : Exception(message);
