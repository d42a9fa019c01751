using PlcFleet.Fleet.Git;

namespace PlcFleet.Fleet.Demo;

/// <summary>
/// Sets up the demo: a copy of the example fleet in a work folder where every site is a real git repository, as
/// on a real controls team's server. The folder carries a marker so the demo only ever wipes its own folders.
/// </summary>
public sealed class DemoFleet
{
    public const string Marker = ".plcfleet-demo";

    private DemoFleet(string root) => Root = root;

    public string Root { get; }

    public string FleetFile => Path.Combine(Root, "fleet.yaml");

    public string MigrationsFolder => Path.Combine(Root, "migrations");

    public string WorkFolder => Path.Combine(Root, ".plcfleet");

    public string Migration(string id) => Path.Combine(MigrationsFolder, id + ".md");

    /// <summary>Null with a reason when <paramref name="root"/> holds something that is not an earlier demo (never wiped).</summary>
    public static (DemoFleet? Demo, string? Problem) Create(string examplesFolder, string root)
    {
        root = Path.GetFullPath(root);
        if (Directory.Exists(root) && Directory.EnumerateFileSystemEntries(root).Any() && !File.Exists(Path.Combine(root, Marker)))
        {
            return (null, $"{root} exists and is not a plcfleet demo folder; choose another --work folder");
        }

        if (Directory.Exists(root))
        {
            DeleteTree(root);
        }

        Directory.CreateDirectory(root);
        File.WriteAllText(Path.Combine(root, Marker), "Created by plcfleet demo; the next demo run wipes this folder.\n");
        CopyTree(Path.Combine(examplesFolder, "fleet"), root);
        CopyTree(Path.Combine(examplesFolder, "migrations"), Path.Combine(root, "migrations"));
        var demo = new DemoFleet(root);
        foreach (var site in Directory.EnumerateDirectories(Path.Combine(root, "sites")).Order(StringComparer.Ordinal))
        {
            GitRepository.Init(site, message: $"{Path.GetFileName(site)}: controller project as deployed");
        }

        return (demo, null);
    }

    private static void CopyTree(string from, string to)
    {
        Directory.CreateDirectory(to);
        foreach (var file in Directory.EnumerateFiles(from, "*", SearchOption.AllDirectories))
        {
            var target = Path.Combine(to, Path.GetRelativePath(from, file));
            Directory.CreateDirectory(Path.GetDirectoryName(target)!);
            File.Copy(file, target, overwrite: true);
        }
    }

    // git marks object files read-only; clear that before deleting.
    private static void DeleteTree(string root)
    {
        foreach (var file in Directory.EnumerateFiles(root, "*", SearchOption.AllDirectories))
        {
            File.SetAttributes(file, FileAttributes.Normal);
        }

        Directory.Delete(root, recursive: true);
    }
}
