namespace PlcFleet.Fleet.Sessions;

/// <summary>Where a session's workspace came from (recorded in the transcript).</summary>
public sealed record WorkspaceOrigin(string Repository, string BaseCommit, string Branch, string MigrationFile, string MigrationId, int MigrationVersion, string MigrationHash);
