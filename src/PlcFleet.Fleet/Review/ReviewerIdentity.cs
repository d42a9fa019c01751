namespace PlcFleet.Fleet.Review;

/// <summary>
/// Who had a hand in a change request: the authors of its commits (beyond the base) and the person who started its
/// run. None of them may approve it.
/// </summary>
public sealed record ReviewerIdentity(IReadOnlyList<string> CommitAuthors, string? RunActor, string? EvidenceAuthor)
{
    /// <summary>True when <paramref name="userName"/> authored the change or started its run (names compared ignoring case; an e-mail's local part counts).</summary>
    public bool IsInvolved(string userName, out string how)
    {
        if (Same(userName, RunActor))
        {
            how = "started the run that made it";
            return true;
        }

        if (Same(userName, EvidenceAuthor) || CommitAuthors.Any(a => Same(userName, a)))
        {
            how = "authored it";
            return true;
        }

        how = "";
        return false;
    }

    private static bool Same(string userName, string? who)
    {
        if (string.IsNullOrWhiteSpace(who))
        {
            return false;
        }

        var at = who.IndexOf('@', StringComparison.Ordinal);
        var local = at > 0 ? who[..at] : who;
        return string.Equals(userName.Trim(), who.Trim(), StringComparison.OrdinalIgnoreCase)
            || string.Equals(userName.Trim(), local.Trim(), StringComparison.OrdinalIgnoreCase);
    }
}
