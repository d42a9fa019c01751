namespace PlcFleet.Fleet.Rollout;

/// <summary>How a change reached the release branch; a rollback reverts it the matching way.</summary>
public enum ReleaseMergeMode
{
    FastForward,
    MergeCommit,
}
