using PlcFleet.Fleet.Git;
using PlcFleet.Fleet.Inventory;

namespace PlcFleet.Fleet.Workspaces;

/// <summary>
/// Whether a site repository can be migrated: it must exist locally, be a git repository with a commit, and be
/// clean (uncommitted work on site belongs to someone; a migration must never build on it or sweep it up).
/// </summary>
public static class RepositoryCheck
{
    /// <summary>Null when the repository is usable, otherwise the reason shown for the site.</summary>
    public static string? Problem(Site site)
    {
        if (site.Repository.LocalPath is not { } folder)
        {
            return $"repository {site.Repository.Declared} is remote; clone it and point fleet.yaml at the local copy";
        }

        if (!Directory.Exists(folder))
        {
            return $"repository missing at {folder}";
        }

        if (!GitRepository.IsRepository(folder))
        {
            return $"{folder} is not a git repository";
        }

        var repository = new GitRepository(folder);
        if (!repository.TryRun(out var output, "rev-parse", "--verify", "--quiet", "HEAD"))
        {
            return $"repository {folder} has no commit yet";
        }

        if (repository.TryRun(out var status, "status", "--porcelain") && status.Length > 0)
        {
            var first = status.Split('\n', StringSplitOptions.RemoveEmptyEntries)[0].Trim();
            return $"repository {folder} has uncommitted changes ({first}); commit or stash them first";
        }

        return output.Length == 0 ? $"repository {folder} has no commit yet" : null;
    }
}
