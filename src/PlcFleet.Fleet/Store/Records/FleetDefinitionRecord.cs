namespace PlcFleet.Fleet.Store.Records;

/// <summary>
/// One version of fleet.yaml as the store recorded it: its exact text, SHA-256, the git commit it came from (null when
/// the file is not under version control), who proposed it and who approved it (null while it awaits approval).
/// </summary>
public sealed record FleetDefinitionRecord(
    long Id,
    string ContentHash,
    string? GitCommit,
    string FilePath,
    string Content,
    string ProposedBy,
    DateTimeOffset ProposedUtc,
    string? ApprovedBy,
    DateTimeOffset? ApprovedUtc)
{
    public bool IsApproved => ApprovedBy is not null;

    public string Label => $"DEF-{Id}";

    /// <summary>How the definition is named in messages and audit records: id, hash prefix and commit.</summary>
    public string Describe() =>
        $"{Label} (sha256 {ContentHash[..12]}, {(GitCommit is null ? "not in version control" : "commit " + GitCommit[..Math.Min(12, GitCommit.Length)])})";

    /// <summary>What an audit record says about the definition a deploy or wave start checked.</summary>
    public object AuditReference => new { id = Id, sha256 = ContentHash, commit = GitCommit };
}
