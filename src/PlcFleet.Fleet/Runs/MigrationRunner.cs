using System.Text.Json;
using PlcFleet.Agents.Sessions;
using PlcFleet.Fleet.Audit;
using PlcFleet.Fleet.ChangeRequests;
using PlcFleet.Fleet.FleetDefinitions;
using PlcFleet.Fleet.Migrations;
using PlcFleet.Fleet.Store;
using PlcFleet.Fleet.Store.Records;
using PlcFleet.Fleet.Targeting;
using PlcFleet.Fleet.Workspaces;
using PlcFleet.Verification.Framework;

namespace PlcFleet.Fleet.Runs;

// Inside the namespace so that Fleet means the inventory type, not the PlcFleet.Fleet namespace.
using PlcFleet.Fleet.Inventory;

/// <summary>
/// Runs one migration over a fleet: plan, then every targeted site with bounded concurrency. Site states live in
/// the store, so running the same migration again resumes the latest run of that prompt version: finished sites
/// are kept, a site that was running when the process died is restarted cleanly, and no site ever gets a second
/// change request for the same migration version.
/// </summary>
public sealed class MigrationRunner(IFleetStore store, ISiteAgent agent, IChangeJudge? judge = null, IRunObserver? observer = null, TimeProvider? clock = null)
{
    private readonly TimeProvider _clock = clock ?? TimeProvider.System;

    public async Task<RunResult> RunAsync(Fleet fleet, Migration migration, MigrationRunOptions options, CancellationToken cancellationToken = default)
    {
        var plan = MigrationPlanner.Plan(fleet, migration);
        if (UnknownSites(fleet, options) is { } unknown)
        {
            return new RunResult(null, plan, null, false, unknown);
        }

        using var runLock = RunLock.TryAcquire(options.WorkFolder, migration, out var holder);
        if (runLock is null)
        {
            return new RunResult(null, plan, null, false, new RunStartProblem(RunLock.BusyMessage(migration, options.WorkFolder, holder)));
        }

        // Copies of site code a killed or crashed plcfleet left in the temp folder go before this run (or resume) makes its own.
        PrivateTemp.RemoveLeftovers();
        var (run, resumed, problem) = await FindOrStartRunAsync(migration, options, cancellationToken).ConfigureAwait(false);
        if (run is null)
        {
            return new RunResult(null, plan, null, false, problem);
        }

        // The fleet file this run reads is recorded (proposed) in the store when it is new; a rollout trusts it only once approved.
        var definition = options.FleetFile is { } fleetFile && File.Exists(fleetFile)
            ? (await new FleetDefinitionService(store).ProposeAsync(FleetDefinitionFile.Read(fleetFile), options.Actor, cancellationToken).ConfigureAwait(false)).Definition
            : null;
        await store.Audit.AppendAsync(options.Actor, AuditActions.RunStarted, run.Id, new
        {
            fleetDefinition = definition?.AuditReference,
            migration = migration.Id,
            version = migration.Version,
            content_hash = migration.ContentHash,
            resumed,
            agent = agent.Name,
            judge = judge is not null,
            options = new { options.Sites, options.Parallel, options.RetryFailed, options.MaxOpenReviews },
        }, cancellationToken).ConfigureAwait(false);
        await PlanRecorder.RecordAsync(store, run.Id, plan, options.Actor, cancellationToken).ConfigureAwait(false);

        var context = new SiteRunContext(store, run.Id, migration, agent, judge, options, observer, _clock);
        var work = await ChooseSitesAsync(context, plan, cancellationToken).ConfigureAwait(false);
        var open = await store.ListChangeRequestsAsync(ChangeRequestState.Open, cancellationToken: cancellationToken).ConfigureAwait(false);
        var capacity = new ReviewCapacity(options.MaxOpenReviews, open.Count);

        await Parallel.ForEachAsync(
            work,
            new ParallelOptions { MaxDegreeOfParallelism = Math.Max(1, options.Parallel), CancellationToken = cancellationToken },
            async (item, token) => await RunSiteAsync(context, item.Site, item.Action, capacity, token).ConfigureAwait(false)).ConfigureAwait(false);

        var finished = await store.FinishRunAsync(run.Id, CancellationToken.None).ConfigureAwait(false) ?? run;
        var summary = await SummarizeAsync(finished, plan.Targeted.Count, CancellationToken.None).ConfigureAwait(false);
        await store.Audit.AppendAsync(options.Actor, AuditActions.RunFinished, run.Id,
            RunSummary.ReportOrder.ToDictionary(s => Yaml.YamlEnum.ToYamlName(s), summary.Count), CancellationToken.None).ConfigureAwait(false);
        return new RunResult(finished, plan, summary, resumed);
    }

    public async Task<RunSummary> SummarizeAsync(RunRecord run, int targeted, CancellationToken cancellationToken)
    {
        var sites = await store.ListSiteRunsAsync(run.Id, cancellationToken).ConfigureAwait(false);
        return new RunSummary(run.Id, run.MigrationId, run.MigrationVersion, targeted, sites);
    }

    private async Task RunSiteAsync(SiteRunContext context, Site site, SiteAction action, ReviewCapacity capacity, CancellationToken cancellationToken)
    {
        if (!capacity.TryReserve())
        {
            await context.Store.SetSiteStateAsync(context.RunId, site.Id, SiteRunState.WaitingReview, capacity.WaitingReason, cancellationToken: CancellationToken.None).ConfigureAwait(false);
            await context.Store.Audit.AppendAsync(context.Options.Actor, AuditActions.SiteStateChanged, $"{context.RunId}/{site.Id}",
                new { state = "waiting_review", reason = capacity.WaitingReason }, CancellationToken.None).ConfigureAwait(false);
            observer?.OnSiteChanged(new SiteProgress(site.Id, SiteRunState.WaitingReview, capacity.WaitingReason, TimeSpan.Zero, _clock.GetUtcNow()));
            return;
        }

        var state = await new SiteMigration(context, site).RunAsync(action == SiteAction.Restart, cancellationToken).ConfigureAwait(false);
        if (state != SiteRunState.ChangedVerified)
        {
            capacity.Release();
        }
    }

    private async Task<List<(Site Site, SiteAction Action)>> ChooseSitesAsync(SiteRunContext context, MigrationPlan plan, CancellationToken cancellationToken)
    {
        var chosen = context.Options.Sites?.ToHashSet(StringComparer.Ordinal);
        var work = new List<(Site, SiteAction)>();
        foreach (var sitePlan in plan.Targeted)
        {
            var site = sitePlan.Site;
            if (chosen is not null && !chosen.Contains(site.Id))
            {
                continue;
            }

            var current = await store.GetSiteRunAsync(context.RunId, site.Id, cancellationToken).ConfigureAwait(false);
            var action = SiteRunPolicy.Decide(current?.State, context.Options.RetryFailed, chosen is not null);
            if (action == SiteAction.Keep)
            {
                RemoveLeftoverWorkspace(context, site);
                continue;
            }

            var existing = await OpenChangeRequests.ForSiteAsync(store, context.Migration.Id, context.Migration.Version, site.Id, cancellationToken).ConfigureAwait(false);
            if (existing is not null)
            {
                RemoveLeftoverWorkspace(context, site);
                await RecordExistingChangeRequestAsync(context, site, existing, cancellationToken).ConfigureAwait(false);
                continue;
            }

            work.Add((site, action));
        }

        return work;
    }

    // A process killed after a site finished but before it closed the workspace leaves the worktree behind; the
    // site does not run again, so nothing else would remove it. Its branch stays: it may carry a change request.
    private static void RemoveLeftoverWorkspace(SiteRunContext context, Site site)
    {
        var path = context.WorkspaceOf(site.Id);
        if (Directory.Exists(path) && site.Repository.LocalPath is { } repository && Directory.Exists(repository))
        {
            SiteWorkspace.RemoveLeftoverWorktree(new Git.GitRepository(repository), path);
        }
    }

    // The site already has a change request for this migration version: from this run (the process died after
    // creating it) it counts as done; from an earlier run the site is skipped. Either way no second one.
    private async Task RecordExistingChangeRequestAsync(SiteRunContext context, Site site, ChangeRequestRecord existing, CancellationToken cancellationToken)
    {
        var name = ChangeRequestName.Of(existing.Id);
        var (state, reason) = existing.RunId == context.RunId
            ? (SiteRunState.ChangedVerified, $"changed and verified ({name})")
            : (SiteRunState.Skipped, $"already has change request {name} for {context.Migration.Id} v{context.Migration.Version}");
        await store.SetSiteStateAsync(context.RunId, site.Id, state, reason, cancellationToken: cancellationToken).ConfigureAwait(false);
        await store.Audit.AppendAsync(context.Options.Actor, AuditActions.SiteSkipped, $"{context.RunId}/{site.Id}", new { reason, change_request = existing.Id }, cancellationToken).ConfigureAwait(false);
        observer?.OnSiteChanged(new SiteProgress(site.Id, state, reason, TimeSpan.Zero, _clock.GetUtcNow()));
    }

    private async Task<(RunRecord? Run, bool Resumed, RunStartProblem? Problem)> FindOrStartRunAsync(Migration migration, MigrationRunOptions options, CancellationToken cancellationToken)
    {
        if (options.RunId is { } runId)
        {
            var named = await store.GetRunAsync(runId, cancellationToken).ConfigureAwait(false);
            if (named is null)
            {
                return (null, false, new RunStartProblem($"no run '{runId}' in {options.WorkFolder}"));
            }

            if (named.MigrationId != migration.Id || named.ContentHash != migration.ContentHash)
            {
                return (null, false, new RunStartProblem(
                    $"run {runId} used {named.MigrationId} v{named.MigrationVersion} (prompt sha256 {named.ContentHash[..12]}); the migration file is now {migration.Id} v{migration.Version} (sha256 {migration.ContentHash[..12]}); start a new run instead"));
            }

            return (named, true, null);
        }

        var runs = await store.ListRunsAsync(migration.Id, cancellationToken).ConfigureAwait(false);
        var latest = runs.FirstOrDefault(r => r.MigrationVersion == migration.Version && r.ContentHash == migration.ContentHash);
        if (latest is not null)
        {
            return (latest, true, null);
        }

        var optionsJson = JsonSerializer.Serialize(new RunFiles(options.MigrationFile, options.FleetFile, options.Parallel, options.MaxOpenReviews));
        return (await store.StartRunAsync(NewRun.For(migration, optionsJson) with { StartedBy = options.Actor }, cancellationToken).ConfigureAwait(false), false, null);
    }

    private static RunStartProblem? UnknownSites(Fleet fleet, MigrationRunOptions options)
    {
        var unknown = options.Sites?.Where(id => fleet.FindSite(id) is null).ToList() ?? [];
        return unknown.Count == 0
            ? null
            : new RunStartProblem($"unknown site{(unknown.Count == 1 ? "" : "s")} {string.Join(", ", unknown)}; {fleet.FilePath} has {string.Join(", ", fleet.Sites.Select(s => s.Id))}");
    }
}
