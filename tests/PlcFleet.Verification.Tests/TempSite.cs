namespace PlcFleet.Verification.Tests;

/// <summary>A throw-away site: a baseline folder and a workspace folder that starts as a copy of it.</summary>
public sealed class TempSite : IDisposable
{
    public TempSite()
    {
        Root = Path.Combine(Path.GetTempPath(), "plcfleet-vt-" + Guid.NewGuid().ToString("N"));
        Baseline = Path.Combine(Root, "baseline");
        Workspace = Path.Combine(Root, "workspace");
        Directory.CreateDirectory(Baseline);
        Directory.CreateDirectory(Workspace);
    }

    public string Root { get; }

    public string Baseline { get; }

    public string Workspace { get; }

    /// <summary>Writes the file to both baseline and workspace.</summary>
    public TempSite With(string path, string text)
    {
        Write(Baseline, path, text);
        Write(Workspace, path, text);
        return this;
    }

    public void Change(string path, string text) => Write(Workspace, path, text);

    public void Delete(string path) => File.Delete(Path.Combine(Workspace, path));

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

    private static void Write(string root, string path, string text)
    {
        var full = Path.Combine(root, path);
        Directory.CreateDirectory(Path.GetDirectoryName(full)!);
        File.WriteAllText(full, text);
    }
}
