namespace PlcFleet.Formats.Tests;

/// <summary>A throwaway site folder on disk; files are written with forward-slash relative paths.</summary>
internal sealed class SiteFolder : IDisposable
{
    public SiteFolder()
    {
        Root = Path.Combine(Path.GetTempPath(), "plcfleet-formats-" + Guid.NewGuid().ToString("N")[..8]);
        Directory.CreateDirectory(Root);
    }

    public string Root { get; }

    public SiteFolder With(string relativePath, string text)
    {
        var path = Path.Combine(Root, relativePath);
        Directory.CreateDirectory(Path.GetDirectoryName(path)!);
        File.WriteAllText(path, text);
        return this;
    }

    public void Dispose()
    {
        try
        {
            Directory.Delete(Root, recursive: true);
        }
        catch (IOException)
        {
            // A leftover temp folder must not fail the test.
        }
    }
}
