using PlcFleet.Fleet.Migrations;

namespace PlcFleet.Fleet.ChangeRequests;

/// <summary>The standard commit message: a reviewer can trace any commit back to the exact prompt and run.</summary>
public static class CommitMessage
{
    public static string For(Migration migration, string runId, string siteId) =>
        $"""
        {migration.Title}

        Migration: {migration.Id} v{migration.Version} (sha256 {migration.ContentHash[..12]})
        Run: {runId}
        Site: {siteId}
        """;
}
