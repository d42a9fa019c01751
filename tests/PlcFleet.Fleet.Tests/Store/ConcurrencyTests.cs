using System.Diagnostics;
using PlcFleet.Fleet.Store;
using PlcFleet.Fleet.Store.Records;
using PlcFleet.Fleet.Tests.TestData;

namespace PlcFleet.Fleet.Tests.Store;

public sealed class ConcurrencyTests : StoreFixture
{
    [Fact]
    public async Task Writers_on_many_threads_keep_a_valid_chain_without_busy_errors()
    {
        await StartGuardRun();
        const int Writers = 8;
        const int Each = 25;

        await Task.WhenAll(Enumerable.Range(0, Writers).Select(w => Task.Run(async () =>
        {
            // Each writer opens its own store, as separate orchestrator workers would.
            var store = SqliteFleetStore.Open(DatabasePath);
            for (var i = 0; i < Each; i++)
            {
                await store.Audit.AppendAsync($"worker-{w}", "site.state", $"run-1/site-{w}", new { attempt = i });
                await store.SetSiteStateAsync("run-1", $"site-{w}", SiteRunState.Running, $"attempt {i}", countAttempt: true);
            }
        })));

        var verification = await Store.Audit.VerifyAsync();
        Assert.True(verification.IsValid, verification.ToString());
        Assert.Equal(Writers * Each, verification.RecordCount);
        Assert.Equal(Enumerable.Range(1, Writers * Each).Select(i => (long)i), (await Store.Audit.ReadAllAsync()).Select(r => r.Sequence));
        Assert.All(await Store.ListSiteRunsAsync("run-1"), s => Assert.Equal(Each, s.Attempts));
    }

    [Fact]
    public async Task Two_processes_and_this_one_write_at_once_and_the_chain_stays_valid()
    {
        await StartGuardRun();
        const int Each = 60;
        var children = new[] { Start("proc-a", Each), Start("proc-b", Each) };

        // Meanwhile this process writes and reads too: readers must never see a half-written chain.
        for (var i = 0; i < Each; i++)
        {
            await Store.Audit.AppendAsync("proc-main", "site.state", $"run-1/main-{i}");
            Assert.True((await Store.Audit.VerifyAsync()).IsValid);
        }

        foreach (var child in children)
        {
            Assert.True(child.WaitForExit(TimeSpan.FromMinutes(2)), "child writer did not finish");
            var error = await child.StandardError.ReadToEndAsync();
            Assert.True(child.ExitCode == 0, $"child failed with {child.ExitCode}: {error}");
            child.Dispose();
        }

        var verification = await Store.Audit.VerifyAsync();
        Assert.True(verification.IsValid, verification.ToString());
        Assert.Equal(3 * Each, verification.RecordCount);
        var actors = (await Store.Audit.ReadAllAsync()).GroupBy(r => r.Actor).ToDictionary(g => g.Key, g => g.Count());
        Assert.Equal(Each, actors["proc-a"]);
        Assert.Equal(Each, actors["proc-b"]);
        Assert.Equal(Each, (await Store.ListSiteRunsAsync("run-1")).Where(s => s.SiteId.StartsWith("proc-a", StringComparison.Ordinal)).Sum(s => s.Attempts));
    }

    private Process Start(string name, int count)
    {
        var assembly = typeof(ChildProcessEntry).Assembly.Location;
        var info = new ProcessStartInfo("dotnet")
        {
            RedirectStandardError = true,
            RedirectStandardOutput = true,
            UseShellExecute = false,
        };
        foreach (var argument in new[] { assembly, "write-store", DatabasePath, count.ToString(System.Globalization.CultureInfo.InvariantCulture), name })
        {
            info.ArgumentList.Add(argument);
        }

        return Process.Start(info)!;
    }
}
