using Dialect = PlcFleet.StructuredText.Syntax.Dialect;

namespace PlcFleet.Fleet.Inventory;

/// <summary>One production line's controller project as the fleet file describes it.</summary>
public sealed record Site(
    string Id,
    string Name,
    SiteRepository Repository,
    Vendor Vendor,
    Dialect Dialect,
    FirmwareVersion? Firmware,
    LineStatus LineStatus,
    IReadOnlyList<MaintenanceWindow> MaintenanceWindows,
    IReadOnlyList<CertifiedFile> CertifiedFiles,
    string? Wave,
    IReadOnlyList<string> Tags)
{
    /// <summary>The user answerable for this line (fleet.yaml <c>owner:</c>); the rollout rules may let them deploy.</summary>
    public string? Owner { get; init; }

    public bool HasTag(string tag) => Tags.Contains(tag, StringComparer.OrdinalIgnoreCase);

    public CertifiedFile? FindCertifiedFile(string relativePath) =>
        CertifiedFiles.FirstOrDefault(f => string.Equals(f.Path, relativePath.Replace('\\', '/'), StringComparison.Ordinal));

    /// <summary>Siemens projects are SCL; everything else reads as the CODESYS flavour unless stated.</summary>
    public static Dialect DefaultDialect(Vendor vendor) => vendor == Vendor.Siemens ? Dialect.Scl : Dialect.Codesys;
}
