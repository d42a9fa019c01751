using PlcFleet.Agents.Sessions;
using PlcFleet.Fleet.Migrations;

namespace PlcFleet.Fleet.ChangeRequests;

/// <summary>
/// The one commit message of a verified site change, from <c>agent run</c> and from every site of <c>migration run</c>:
/// a reviewer can trace any commit back to the exact prompt, the run and site (fleet runs), what verified it and the
/// transcript that replays it.
/// </summary>
public static class CommitMessage
{
    /// <param name="fleetRun">The fleet run and site, or null for a single <c>agent run</c>.</param>
    public static string For(Migration migration, SessionResult result, string transcriptPath, (string RunId, string SiteId)? fleetRun = null)
    {
        var run = fleetRun is { } r ? $"\nRun: {r.RunId}\nSite: {r.SiteId}" : "";
        return $"""
            {migration.Title}

            Migration: {migration.Id} v{migration.Version} (sha256 {migration.ContentHash[..12]}){run}
            Verification: {result.Message?.ReplaceLineEndings(" ")}
            Attempts: {result.Attempts}, turns: {result.Turns}, judge vetoes: {result.JudgeVetoes}
            Transcript: {Path.GetFileName(transcriptPath)}
            """;
    }
}
