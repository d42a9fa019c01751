namespace PlcFleet.EndToEnd.Tests.Simulation;

/// <summary>Copies an example site into a temp folder so a test can plant changes without touching the repository.</summary>
internal static class ExampleSite
{
    public static string CopyTo(TempFolder temp, string site, string name)
    {
        var source = Path.Combine(RepositoryRoot(), "examples", "fleet", "sites", site);
        var target = Path.Combine(temp.Path, name);
        foreach (var file in Directory.EnumerateFiles(source, "*", SearchOption.AllDirectories))
        {
            var destination = Path.Combine(target, Path.GetRelativePath(source, file));
            Directory.CreateDirectory(Path.GetDirectoryName(destination)!);
            File.Copy(file, destination);
        }

        return target;
    }

    public static void Replace(string site, string relativeFile, string oldText, string newText)
    {
        var path = Path.Combine(site, relativeFile);
        var text = File.ReadAllText(path);
        Assert.Contains(oldText, text, StringComparison.Ordinal);
        File.WriteAllText(path, text.Replace(oldText, newText, StringComparison.Ordinal));
    }

    private static string RepositoryRoot()
    {
        var folder = new DirectoryInfo(AppContext.BaseDirectory);
        while (folder is not null && !File.Exists(Path.Combine(folder.FullName, "PlcFleet.slnx")))
        {
            folder = folder.Parent;
        }

        return folder?.FullName ?? throw new InvalidOperationException("repository root not found");
    }
}
