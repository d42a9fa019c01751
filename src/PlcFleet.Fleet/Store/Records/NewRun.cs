using PlcFleet.Fleet.Migrations;

namespace PlcFleet.Fleet.Store.Records;

/// <summary>A run about to start, and who starts it. Without an <see cref="Id"/> the store makes one from the migration id and time.</summary>
public sealed record NewRun(string MigrationId, int MigrationVersion, string ContentHash, string OptionsJson = "{}", string? Id = null, string? StartedBy = null)
{
    public static NewRun For(Migration migration, string optionsJson = "{}") =>
        new(migration.Id, migration.Version, migration.ContentHash, optionsJson);
}
