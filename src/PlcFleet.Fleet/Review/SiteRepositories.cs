using PlcFleet.Fleet.Git;
using PlcFleet.Fleet.Inventory;

namespace PlcFleet.Fleet.Review;

/// <summary>The local git repository of each site of a fleet, where change request branches and the release branch live.</summary>
public sealed class SiteRepositories(Inventory.Fleet fleet)
{
    public Inventory.Fleet Fleet { get; } = fleet;

    public Site? FindSite(string siteId) => Fleet.FindSite(siteId);

    /// <summary>The site's repository, or null when the site is unknown, remote or not a git repository here.</summary>
    public GitRepository? Find(string siteId)
    {
        var path = Fleet.FindSite(siteId)?.Repository.LocalPath;
        return path is not null && GitRepository.IsRepository(path) ? new GitRepository(path) : null;
    }

    /// <summary>Where <paramref name="branch"/> points now, or null when it (or the repository) does not exist.</summary>
    public string? BranchHead(string siteId, string branch)
    {
        var repository = Find(siteId);
        return repository is not null && repository.BranchExists(branch) ? repository.ResolveBranch(branch) : null;
    }

    /// <summary>Author names and e-mails of the commits on the change (those not yet on the repository's checked-out branch).</summary>
    public IReadOnlyList<string> CommitAuthors(string siteId, string commit)
    {
        var repository = Find(siteId);
        if (repository is null || !repository.TryRun(out var log, "log", "--format=%an%n%ae", "HEAD.." + commit))
        {
            return [];
        }

        return log.Split('\n', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries)
            .Where(a => !string.Equals(a, GitRepository.AuthorName, StringComparison.Ordinal) && !string.Equals(a, GitRepository.AuthorEmail, StringComparison.Ordinal))
            .Distinct(StringComparer.OrdinalIgnoreCase)
            .ToList();
    }
}
