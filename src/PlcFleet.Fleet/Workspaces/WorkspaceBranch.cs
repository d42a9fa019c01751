using PlcFleet.Fleet.Migrations;

namespace PlcFleet.Fleet.Workspaces;

/// <summary>
/// The branch a migration's change lives on in a site repository. One branch per migration version, so a
/// reviewer sees at a glance which prompt produced it and a new prompt version never overwrites an old review.
/// </summary>
public static class WorkspaceBranch
{
    public const string Prefix = "plcfleet/";

    public static string For(Migration migration) => For(migration.Id, migration.Version);

    public static string For(string migrationId, int version) => $"{Prefix}{migrationId}-v{version}";
}
