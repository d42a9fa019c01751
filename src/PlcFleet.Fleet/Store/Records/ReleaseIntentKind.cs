namespace PlcFleet.Fleet.Store.Records;

/// <summary>What a release intent is about to do to a site's release branch.</summary>
public enum ReleaseIntentKind
{
    /// <summary>Merge a change request's commit into the release branch.</summary>
    Deploy,

    /// <summary>Revert a deployed change request on the release branch.</summary>
    Rollback,
}
