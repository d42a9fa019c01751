using PlcFleet.Fleet.Inventory;
using Certified = PlcFleet.Verification.Framework.CertifiedFile;

namespace PlcFleet.Fleet.Runs;

/// <summary>What a fleet site adds to the verification of its change: its safety-certified files from fleet.yaml.</summary>
public static class SiteVerification
{
    public static IReadOnlyList<Certified> CertifiedFiles(Site site) =>
        site.CertifiedFiles.Select(f => new Certified(f.Path, f.Sha256)).ToList();
}
