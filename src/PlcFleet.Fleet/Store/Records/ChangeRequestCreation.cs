namespace PlcFleet.Fleet.Store.Records;

/// <summary>The change request for (migration, site, commit) and whether this call created it or found it already there.</summary>
public sealed record ChangeRequestCreation(ChangeRequestRecord ChangeRequest, bool Created);
