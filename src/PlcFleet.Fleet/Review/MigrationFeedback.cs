namespace PlcFleet.Fleet.Review;

/// <summary>
/// What reviewers and agents said about one migration, per prompt version: rejection reasons and agent debriefs,
/// the material for improving the next version of the prompt.
/// </summary>
public sealed record MigrationFeedback(string MigrationId, IReadOnlyList<VersionFeedback> Versions)
{
    public bool IsEmpty => Versions.All(v => v.Rejections.Count == 0 && v.Debriefs.Count == 0);
}

/// <summary>The feedback on one prompt version (its number and the content hash of the exact text).</summary>
public sealed record VersionFeedback(int Version, IReadOnlyList<string> ContentHashes, IReadOnlyList<RejectionNote> Rejections, IReadOnlyList<DebriefNote> Debriefs);

/// <summary>A reviewer's reason for rejecting one site's change.</summary>
public sealed record RejectionNote(long ChangeRequestId, string SiteId, string Reviewer, string Reason, DateTimeOffset TimeUtc);

/// <summary>What the agent said was missing from the prompt after working on one site.</summary>
public sealed record DebriefNote(long ChangeRequestId, string SiteId, string Debrief);
