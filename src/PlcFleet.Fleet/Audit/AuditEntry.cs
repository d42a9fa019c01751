namespace PlcFleet.Fleet.Audit;

/// <summary>An audit record to append together with a store write, in the same transaction; details become JSON.</summary>
public sealed record AuditEntry(string Actor, string Action, string Subject, object? Details = null);
