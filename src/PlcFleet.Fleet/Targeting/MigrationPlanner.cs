using PlcFleet.Fleet.Migrations;
using PlcFleet.Fleet.Migrations.Preconditions;
using PlcFleet.Formats.Projects;
using PlcFleet.Verification.Scope;

namespace PlcFleet.Fleet.Targeting;

using PlcFleet.Fleet.Inventory;

/// <summary>
/// Decides per site whether a migration applies. This is the orchestrator's judgement, made before any agent
/// runs; a missing repository makes a site not targetable with a reason, never a crash.
/// </summary>
public static class MigrationPlanner
{
    public static MigrationPlan Plan(Fleet fleet, Migration migration) =>
        new(migration, fleet, fleet.Sites.Select(site => PlanSite(site, migration)).ToList());

    public static SitePlan PlanSite(Site site, Migration migration)
    {
        var needsCode = migration.Preconditions.Any(p => p is CodePrecondition or NotCertifiedPrecondition);
        if (site.Repository.LocalPath is { } folder && !Directory.Exists(folder))
        {
            return NotTargetable(site, $"not targetable: repository missing at {folder}");
        }

        if (site.Repository.IsRemote && needsCode)
        {
            return NotTargetable(site, $"not targetable: repository {site.Repository.Declared} is not cloned; code preconditions need a local copy");
        }

        if (site.Repository.LocalPath is { } root
            && PlcProjectLoader.SettingsDiagnostics(root).Where(d => d.IsError).Select(d => d.ToString()).ToList() is { Count: > 0 } settingsErrors)
        {
            return NotTargetable(site, $"not targetable: its plcfleet.yaml is broken: {settingsErrors[0]}") with { SettingsErrors = settingsErrors };
        }

        SiteCode? code;
        try
        {
            var scope = new GlobSet(migration.Scope.Include.Count == 0 ? ["**/*"] : migration.Scope.Include, migration.Scope.Exclude);
            code = needsCode ? SiteCode.Read(site.Repository.LocalPath!, scope.Matches) : null;
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            return NotTargetable(site, $"not targetable: cannot read repository at {site.Repository.LocalPath}: {e.Message}");
        }

        var evaluator = new PreconditionEvaluator(site, code)
        {
            AffectingPatterns = migration.Preconditions.OfType<CodePrecondition>().Where(p => p.MustContain).Select(p => p.Pattern).ToList(),
        };
        var results = evaluator.EvaluateAll(migration.Preconditions);
        var failed = results.Where(r => !r.Passed).ToList();
        if (failed.Count == 0)
        {
            var summary = results.Count == 0 ? "targeted: the migration states no preconditions" : $"targeted: all {results.Count} preconditions hold";
            return new SitePlan(site, TargetingDecision.Targeted, results, summary);
        }

        var reasons = string.Join("; ", failed.Select(f => $"{f.Precondition.Describe()} ({f.Evidence})"));
        return new SitePlan(site, TargetingDecision.Skipped, results, $"skipped: {reasons}");
    }

    private static SitePlan NotTargetable(Site site, string reason) => new(site, TargetingDecision.NotTargetable, [], reason);
}
