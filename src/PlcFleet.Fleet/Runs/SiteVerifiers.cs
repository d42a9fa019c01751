using PlcFleet.Fleet.Inventory;
using PlcFleet.Fleet.Migrations;
using PlcFleet.Verification.Compile;
using PlcFleet.Verification.Framework;
using PlcFleet.Verification.Safety;
using PlcFleet.Verification.Scope;

namespace PlcFleet.Fleet.Runs;

/// <summary>
/// The one place where the verifiers for a site's change are composed (the outer loop's "stop hook"), and where
/// the migration's scope, ceiling and the site's certified files become a <see cref="ChangeScope"/>.
/// </summary>
public static class SiteVerifiers
{
    public static VerificationRunner For(Site site, Migration migration) =>
        new([new ScopeVerifier(), new CompileVerifier(), new SafetyVerifier(CertifiedFiles(site))]);

    public static ChangeScope Scope(Site site, Migration migration) => new()
    {
        Include = migration.Scope.Include,
        Exclude = migration.Scope.Exclude,
        CertifiedFiles = CertifiedFiles(site),
        MaxChangedFiles = migration.Ceiling?.Files,
        MaxChangedLines = migration.Ceiling?.Lines,
    };

    private static IReadOnlyList<PlcFleet.Verification.Framework.CertifiedFile> CertifiedFiles(Site site) =>
        site.CertifiedFiles.Select(f => new PlcFleet.Verification.Framework.CertifiedFile(f.Path, f.Sha256)).ToList();
}
