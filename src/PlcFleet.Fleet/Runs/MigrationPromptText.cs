using PlcFleet.Fleet.Migrations;

namespace PlcFleet.Fleet.Runs;

/// <summary>What the agent and the judge read: the migration's Markdown body, without the orchestrator's front matter.</summary>
public static class MigrationPromptText
{
    public static string For(Migration migration)
    {
        var lines = migration.Text.ReplaceLineEndings("\n").Split('\n');
        var first = Math.Clamp(migration.Body.FirstLine - 1, 0, lines.Length);
        return string.Join('\n', lines.Skip(first)).Trim();
    }
}
