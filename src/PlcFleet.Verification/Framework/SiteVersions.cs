namespace PlcFleet.Verification.Framework;

/// <summary>
/// The two versions one verification run compares, each loaded at most once however many verifiers read it.
/// A new run (the agent edited the workspace since) takes new <see cref="SiteVersions"/>: see <see cref="VerificationContext.ReadAgain"/>.
/// </summary>
public sealed class SiteVersions(string workspaceRoot, string? baselineRoot)
{
    private readonly Lazy<LoadedSite> _workspace = new(() => LoadedSite.Open(workspaceRoot));
    private readonly Lazy<LoadedSite?> _baseline = new(() => baselineRoot is not null && Directory.Exists(baselineRoot) ? LoadedSite.Open(baselineRoot) : null);

    /// <summary>The code after the change.</summary>
    public LoadedSite Workspace => _workspace.Value;

    /// <summary>The code before the change, or null when there is no baseline folder.</summary>
    public LoadedSite? Baseline => _baseline.Value;
}
