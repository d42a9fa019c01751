using PlcFleet.Fleet.Migrations;
using PlcFleet.Verification.Framework;

namespace PlcFleet.Fleet.Workspaces;

/// <summary>Turns a migration's <c>scope:</c> and <c>ceiling:</c> into what the scope verifier enforces.</summary>
public static class MigrationChangeScope
{
    /// <param name="certifiedFiles">The site's safety-certified files (fleet.yaml), which no change may touch.</param>
    public static ChangeScope From(Migration migration, IReadOnlyList<CertifiedFile>? certifiedFiles = null) => new()
    {
        Include = migration.Scope.Include,
        CertifiedFiles = certifiedFiles ?? [],
        Exclude = migration.Scope.Exclude,
        MaxChangedFiles = migration.Ceiling?.Files,
        MaxChangedLines = migration.Ceiling?.Lines,
        AllowedOutputChanges = migration.AllowedOutputChanges,
    };

    /// <summary>Scope globs given by hand (MCP tool, command line); none means the whole workspace, read-only files still protected.</summary>
    public static ChangeScope FromGlobs(IReadOnlyList<string>? include, IReadOnlyList<string>? exclude) => new()
    {
        Include = include ?? [],
        Exclude = exclude ?? [],
    };
}
