namespace PlcFleet.Verification.Tests.Compile;

/// <summary>A temporary copy of one site from examples/fleet/sites, so a test can plant faults in it.</summary>
public sealed class ExampleSite : IDisposable
{
    private ExampleSite(string root) => Root = root;

    public string Root { get; }

    public static ExampleSite Copy(string siteId)
    {
        var source = Path.Combine(RepositoryRoot(), "examples", "fleet", "sites", siteId);
        var root = Path.Combine(Path.GetTempPath(), "plcfleet-compile-" + Guid.NewGuid().ToString("N"));
        foreach (var file in Directory.EnumerateFiles(source, "*", SearchOption.AllDirectories))
        {
            var target = Path.Combine(root, Path.GetRelativePath(source, file));
            Directory.CreateDirectory(Path.GetDirectoryName(target)!);
            File.Copy(file, target);
        }

        return new ExampleSite(root);
    }

    public string Read(string path) => File.ReadAllText(Path.Combine(Root, path));

    public void Write(string path, string text) => File.WriteAllText(Path.Combine(Root, path), text);

    public void Dispose()
    {
        try
        {
            Directory.Delete(Root, recursive: true);
        }
        catch (IOException)
        {
        }
    }

    private static string RepositoryRoot()
    {
        var folder = new DirectoryInfo(AppContext.BaseDirectory);
        while (folder is not null && !File.Exists(Path.Combine(folder.FullName, "PlcFleet.slnx")))
        {
            folder = folder.Parent;
        }

        return folder?.FullName ?? throw new InvalidOperationException("PlcFleet.slnx not found above the test output folder");
    }
}
