using PlcFleet.Fleet.Git;

namespace PlcFleet.EndToEnd.Tests.Fleet;

/// <summary>A copy of the bundled example fleet in a temp folder, every site a real git repository.</summary>
public static class ExampleFleet
{
    public static string Examples()
    {
        var beside = Path.Combine(AppContext.BaseDirectory, "examples");
        if (File.Exists(Path.Combine(beside, "fleet", "fleet.yaml")))
        {
            return beside;
        }

        for (var folder = new DirectoryInfo(AppContext.BaseDirectory); folder is not null; folder = folder.Parent)
        {
            if (File.Exists(Path.Combine(folder.FullName, "examples", "fleet", "fleet.yaml")))
            {
                return Path.Combine(folder.FullName, "examples");
            }
        }

        throw new InvalidOperationException("examples/ not found");
    }

    /// <summary>Copies fleet.yaml, the sites and migrations/ into <paramref name="folder"/>; returns the fleet file.</summary>
    public static string CopyTo(TempFolder folder, params string[] onlySites)
    {
        var examples = Examples();
        foreach (var file in Directory.EnumerateFiles(examples, "*", SearchOption.AllDirectories))
        {
            var relative = Path.GetRelativePath(Path.Combine(examples, "fleet"), file);
            if (relative.StartsWith("..", StringComparison.Ordinal))
            {
                relative = Path.GetRelativePath(examples, file);
            }

            var target = Path.Combine(folder.Path, relative);
            Directory.CreateDirectory(Path.GetDirectoryName(target)!);
            File.Copy(file, target);
        }

        foreach (var site in Directory.EnumerateDirectories(Path.Combine(folder.Path, "sites")))
        {
            GitRepository.Init(site);
        }

        return Path.Combine(folder.Path, "fleet.yaml");
    }

    public static string GuardMonitor(TempFolder folder) => Path.Combine(folder.Path, "migrations", "guard-monitor.md");
}
