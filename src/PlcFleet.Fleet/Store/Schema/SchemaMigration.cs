namespace PlcFleet.Fleet.Store.Schema;

/// <summary>One step of the database schema; applied in version order, each exactly once.</summary>
public sealed record SchemaMigration(int Version, string Description, string Sql);
