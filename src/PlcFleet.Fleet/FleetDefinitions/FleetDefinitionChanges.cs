using PlcFleet.Fleet.Inventory;
using PlcFleet.Fleet.Yaml;

namespace PlcFleet.Fleet.FleetDefinitions;

/// <summary>
/// The plant facts that differ between two fleet definitions, one line each in a maintenance lead's words
/// ("gent-a1: line_status running -> maintenance"), for the approver, the audit record and a refused deploy.
/// </summary>
public static class FleetDefinitionChanges
{
    public static IReadOnlyList<string> Between(Inventory.Fleet? before, Inventory.Fleet after)
    {
        if (before is null)
        {
            return [$"first definition: {after.Sites.Count} sites, waves {string.Join(", ", after.Waves.Select(Describe))}"];
        }

        var changes = new List<string>();
        Compare(changes, "fleet", before.Name, after.Name);
        Compare(changes, "waves", string.Join(", ", before.Waves.Select(Describe)), string.Join(", ", after.Waves.Select(Describe)));
        foreach (var removed in before.Sites.Where(s => after.FindSite(s.Id) is null))
        {
            changes.Add($"{removed.Id}: removed");
        }

        foreach (var site in after.Sites)
        {
            if (before.FindSite(site.Id) is not { } old)
            {
                changes.Add($"{site.Id}: added ({Name(site.LineStatus)}, wave {site.Wave ?? "none"})");
                continue;
            }

            var prefix = site.Id + ": ";
            Compare(changes, prefix + "line_status", Name(old.LineStatus), Name(site.LineStatus));
            Compare(changes, prefix + "maintenance_windows", Windows(old), Windows(site));
            Compare(changes, prefix + "wave", old.Wave ?? "none", site.Wave ?? "none");
            Compare(changes, prefix + "repository", old.Repository.ToString(), site.Repository.ToString());
            Compare(changes, prefix + "certified_files", Certified(old), Certified(site));
            Compare(changes, prefix + "firmware", old.Firmware?.ToString() ?? "none", site.Firmware?.ToString() ?? "none");
        }

        return changes;
    }

    private static void Compare(List<string> changes, string what, string before, string after)
    {
        if (!string.Equals(before, after, StringComparison.Ordinal))
        {
            changes.Add($"{what} {before} -> {after}");
        }
    }

    private static string Describe(RolloutWave wave) => $"{wave.Name} ({YamlEnum.ToYamlName(wave.Gate)})";

    private static string Name(LineStatus status) => YamlEnum.ToYamlName(status);

    private static string Windows(Site site) => site.MaintenanceWindows.Count == 0 ? "none" : string.Join(", ", site.MaintenanceWindows);

    private static string Certified(Site site) =>
        site.CertifiedFiles.Count == 0 ? "none" : string.Join(", ", site.CertifiedFiles.Select(f => $"{f.Path}@{f.Sha256[..Math.Min(12, f.Sha256.Length)]}"));
}
