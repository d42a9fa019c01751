namespace PlcFleet.Agents.Tests.Rewrite;

/// <summary>A temporary copy of an example site (or of hand-written files) that a rewrite may change.</summary>
internal sealed class SiteCopy : IDisposable
{
    private SiteCopy()
    {
        Root = Path.Combine(Path.GetTempPath(), "plcfleet-rw-" + Guid.NewGuid().ToString("N"));
        Workspace = Path.Combine(Root, "site");
        Directory.CreateDirectory(Workspace);
    }

    public string Root { get; }

    public string Workspace { get; }

    public static SiteCopy Of(string siteId)
    {
        var copy = new SiteCopy();
        var source = ExampleFleet.SitePath(siteId);
        foreach (var file in Directory.EnumerateFiles(source, "*", SearchOption.AllDirectories))
        {
            copy.Write(Path.GetRelativePath(source, file).Replace('\\', '/'), File.ReadAllText(file));
        }

        return copy;
    }

    public static SiteCopy With(params (string Path, string Text)[] files)
    {
        var copy = new SiteCopy();
        foreach (var (path, text) in files)
        {
            copy.Write(path, text);
        }

        return copy;
    }

    public string Read(string path) => File.ReadAllText(Path.Combine(Workspace, path));

    public void Write(string path, string text)
    {
        var full = Path.Combine(Workspace, path);
        Directory.CreateDirectory(Path.GetDirectoryName(full)!);
        File.WriteAllText(full, text);
    }

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
}
