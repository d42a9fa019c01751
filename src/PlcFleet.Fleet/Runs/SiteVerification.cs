using PlcFleet.Fleet.Inventory;
using PlcFleet.Fleet.Migrations;
using PlcFleet.Verification.Framework;

namespace PlcFleet.Fleet.Runs;

/// <summary>
/// A fleet site's verification: the shared verifier list with the site's certified files, and the migration's scope,
/// ceiling and certified files as a <see cref="ChangeScope"/>.
/// </summary>
public static class SiteVerification
{
    public static VerificationRunner For(Site site, Migration migration) =>
        PlcFleet.Verification.SiteVerifiers.Runner(CertifiedFiles(site));

    public static ChangeScope Scope(Site site, Migration migration) => new()
    {
        Include = migration.Scope.Include,
        Exclude = migration.Scope.Exclude,
        CertifiedFiles = CertifiedFiles(site),
        MaxChangedFiles = migration.Ceiling?.Files,
        MaxChangedLines = migration.Ceiling?.Lines,
        AllowedOutputChanges = migration.AllowedOutputChanges,
    };

    private static IReadOnlyList<PlcFleet.Verification.Framework.CertifiedFile> CertifiedFiles(Site site) =>
        site.CertifiedFiles.Select(f => new PlcFleet.Verification.Framework.CertifiedFile(f.Path, f.Sha256)).ToList();
}
