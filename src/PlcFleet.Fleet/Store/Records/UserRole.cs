namespace PlcFleet.Fleet.Store.Records;

/// <summary>What a user may do: only safety engineers approve safety-related changes.</summary>
public enum UserRole
{
    Engineer,
    SafetyEngineer,
    Admin,
}
