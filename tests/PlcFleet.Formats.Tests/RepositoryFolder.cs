namespace PlcFleet.Formats.Tests;

/// <summary>The checkout's root (the folder with PlcFleet.slnx), for tests that read example and golden files.</summary>
internal static class RepositoryFolder
{
    public static string Root
    {
        get
        {
            var folder = new DirectoryInfo(AppContext.BaseDirectory);
            while (folder is not null && !File.Exists(Path.Combine(folder.FullName, "PlcFleet.slnx")))
            {
                folder = folder.Parent;
            }

            return folder?.FullName ?? throw new InvalidOperationException("PlcFleet.slnx not found above " + AppContext.BaseDirectory);
        }
    }
}
