namespace PlcFleet.Fleet.Demo;

/// <summary>
/// Finds the bundled examples: next to the plcfleet binary (the build copies them there) or, when running from a
/// source checkout, in an <c>examples/</c> folder found by walking up from the current folder.
/// </summary>
public static class ExamplesLocator
{
    public static string? Find(string binaryFolder, string currentFolder)
    {
        var beside = Path.Combine(binaryFolder, "examples");
        if (IsExamples(beside))
        {
            return beside;
        }

        for (var folder = new DirectoryInfo(Path.GetFullPath(currentFolder)); folder is not null; folder = folder.Parent)
        {
            var candidate = Path.Combine(folder.FullName, "examples");
            if (IsExamples(candidate))
            {
                return candidate;
            }
        }

        return null;
    }

    private static bool IsExamples(string folder) =>
        File.Exists(Path.Combine(folder, "fleet", "fleet.yaml")) && Directory.Exists(Path.Combine(folder, "migrations"));
}
