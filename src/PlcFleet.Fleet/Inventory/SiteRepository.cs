namespace PlcFleet.Fleet.Inventory;

/// <summary>
/// Where a site's PLC code lives: a local folder (relative paths resolved against the fleet file's folder)
/// or a git URL that the orchestrator clones.
/// </summary>
public sealed record SiteRepository(string Declared, string? LocalPath)
{
    public bool IsRemote => LocalPath is null;

    public static SiteRepository Resolve(string declared, string fleetFolder)
    {
        var trimmed = declared.Trim();
        if (IsGitUrl(trimmed))
        {
            return new SiteRepository(trimmed, null);
        }

        var full = Path.GetFullPath(Path.IsPathRooted(trimmed) ? trimmed : Path.Combine(fleetFolder, trimmed));
        return new SiteRepository(trimmed, full);
    }

    public override string ToString() => LocalPath ?? Declared;

    private static bool IsGitUrl(string text) =>
        text.Contains("://", StringComparison.Ordinal) || text.StartsWith("git@", StringComparison.Ordinal);
}
