using System.Collections.Concurrent;
using System.Diagnostics;
using PlcFleet.Fleet.Runs;
using PlcFleet.Fleet.Store.Records;
using Spectre.Console;

namespace PlcFleet.Cli.Commands.Migrations;

/// <summary>Progress on a terminal: a live table with every site's state, time in that site, and running counts.</summary>
public sealed class LiveRunProgress : IRunObserver
{
    private readonly ConcurrentDictionary<string, SiteProgress> _sites = new(StringComparer.Ordinal);
    private readonly ConcurrentDictionary<string, Stopwatch> _started = new(StringComparer.Ordinal);
    private readonly IReadOnlyList<string> _order;

    public LiveRunProgress(IReadOnlyList<string> targetedSites)
    {
        _order = targetedSites;
    }

    public void OnSiteChanged(SiteProgress progress)
    {
        _sites[progress.SiteId] = progress;
        if (progress.State == SiteRunState.Running)
        {
            _started[progress.SiteId] = Stopwatch.StartNew();
        }
    }

    /// <summary>Shows the table, refreshed a few times a second, until <paramref name="work"/> completes.</summary>
    public async Task<T> ShowWhileAsync<T>(Task<T> work)
    {
        T result = default!;
        await AnsiConsole.Live(Render()).AutoClear(false).StartAsync(async context =>
        {
            while (!work.IsCompleted)
            {
                context.UpdateTarget(Render());
                await Task.WhenAny(work, Task.Delay(250));
            }

            context.UpdateTarget(Render());
            result = await work;
        });
        return result;
    }

    private Table Render()
    {
        var table = new Table().Border(TableBorder.Rounded).AddColumn("site").AddColumn("state").AddColumn(new TableColumn("time").RightAligned());
        var sites = _order.Concat(_sites.Keys.Where(k => !_order.Contains(k))).ToList();
        foreach (var site in sites)
        {
            if (!_sites.TryGetValue(site, out var progress))
            {
                table.AddRow(Markup.Escape(site), "[grey]queued[/]", "");
                continue;
            }

            var elapsed = progress.State == SiteRunState.Running && _started.TryGetValue(site, out var watch) ? watch.Elapsed : progress.Elapsed;
            table.AddRow(
                Markup.Escape(site),
                $"[{SiteStateText.Colour(progress.State)}]{Markup.Escape(SiteStateText.Of(progress.State, progress.Reason))}[/]",
                elapsed == TimeSpan.Zero ? "" : $"{elapsed.TotalSeconds:0.0} s");
        }

        var counts = _sites.Values.GroupBy(p => p.State).OrderBy(g => g.Key).Select(g => $"{RunSummary.Label(g.Key)}: {g.Count()}");
        table.Caption(string.Join("  ·  ", counts));
        return table;
    }
}
