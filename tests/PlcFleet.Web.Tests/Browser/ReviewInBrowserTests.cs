using System.Diagnostics;
using System.Text.RegularExpressions;
using Microsoft.Data.Sqlite;
using Microsoft.Playwright;
using Xunit.Abstractions;

namespace PlcFleet.Web.Tests.Browser;

/// <summary>
/// The safety engineer's review in a real browser against the real <c>plcfleet serve</c>, on a store that the real
/// CLI prepared (<c>demo</c> runs guard-monitor over the example fleet; <c>user add</c> creates the accounts).
/// </summary>
public sealed partial class ReviewInBrowserTests(ITestOutputHelper output) : IDisposable
{
    private const string MartaPassword = "Marta-safety-2024";
    private const string ErikPassword = "Erik-controls-2024";
    private const string AdaPassword = "Ada-admin-2024";
    private readonly string _root = Path.Combine(Path.GetTempPath(), "plcfleet-web-browser", Guid.NewGuid().ToString("N")[..10]);

    [Fact]
    public async Task Safety_engineer_signs_in_approves_a_change_request_and_finds_it_in_the_audit_trail()
    {
        var clock = Stopwatch.StartNew();
        Directory.CreateDirectory(_root);
        var demo = PlcFleetProcess.Run(_root, null, "demo", "--work", "demo");
        Assert.True(demo.ExitCode is 0 or 1, demo.Output);
        var work = Path.Combine(_root, "demo", ".plcfleet");
        var adminPassword = Path.Combine(_root, "ada.password");
        await File.WriteAllTextAsync(adminPassword, AdaPassword + "\n");
        Assert.Equal(0, PlcFleetProcess.Run(_root, AdaPassword, "user", "add", "ada", "--role", "admin", "--password-stdin", "--work", work).ExitCode);
        Assert.Equal(0, PlcFleetProcess.Run(_root, MartaPassword, "user", "add", "marta", "--role", "safety_engineer", "--password-stdin", "--work", work, "--as", "ada", "--password-file", adminPassword).ExitCode);
        Assert.Equal(0, PlcFleetProcess.Run(_root, ErikPassword, "user", "add", "erik", "--role", "engineer", "--password-stdin", "--work", work, "--as", "ada", "--password-file", adminPassword).ExitCode);
        var prepared = clock.Elapsed;

        using var server = await PlcFleetProcess.ServeAsync(_root, "--work", work);
        var started = clock.Elapsed;
        var (playwright, browser) = await HeadlessChromium.LaunchAsync();
        try
        {
            var launched = clock.Elapsed;

            // An engineer may not approve a safety-related change: the page says why.
            var erik = await SignedInPageAsync(browser, server.Url, "erik", ErikPassword);
            await erik.GetByRole(AriaRole.Link, new() { Name = "CR-2", Exact = true }).ClickAsync();
            await erik.FillAsync("#approve-comment", "looks fine to me");
            await erik.ClickAsync("#approve");
            Assert.Contains("a safety engineer must approve it (erik is an engineer)", await erik.InnerTextAsync("p.refusal"));

            // The safety engineer opens CR-1 from the overview, reads the evidence, and approves.
            var marta = await SignedInPageAsync(browser, server.Url, "marta", MartaPassword);
            Assert.Contains("guard-monitor", await marta.InnerTextAsync("#migrations"));
            Assert.True(await marta.Locator("svg.burndown").IsVisibleAsync());
            await marta.GetByRole(AriaRole.Link, new() { Name = "CR-1", Exact = true }).ClickAsync();
            // Sites run concurrently in the demo, so which Lyon line became CR-1 depends on timing.
            Assert.Matches("^CR-1 lyon-l[12]$", await marta.InnerTextAsync("h1"));
            Assert.True(await marta.Locator("table.diff td.ins, table.diff td.mod").CountAsync() > 0, "the side-by-side diff marks the changed lines");
            Assert.Contains("SAFETY_GUARD_MONITOR", await marta.InnerTextAsync("#diff"));
            // The fleet run stored the equivalence verifier's trace: old and new outputs drawn over the first scenario.
            Assert.Contains("no differ", await marta.InnerTextAsync("#equivalence"));
            Assert.True(await marta.Locator("#equivalence svg.waveform").IsVisibleAsync(), "the equivalence waveform is drawn");
            await marta.FillAsync("#approve-comment", "guard door now monitored by SAFETY_GUARD_MONITOR; E-stop chain unchanged");
            await marta.ClickAsync("#approve");
            Assert.Contains("Your approval was recorded", await marta.InnerTextAsync("p.notice"));
            Assert.Equal("approved", await marta.InnerTextAsync("#cr-state"));

            // The audit view shows the approval by marta on cr-1, and the chain still verifies.
            await marta.GetByRole(AriaRole.Link, new() { Name = "Audit trail" }).ClickAsync();
            Assert.StartsWith("Hash chain intact", await marta.InnerTextAsync("#chain-status"));
            var approval = marta.Locator("#audit-records tbody tr", new() { HasText = "cr.approved" });
            Assert.Equal(1, await approval.CountAsync());
            Assert.Matches(ApprovalRow(), await approval.InnerTextAsync());

            await marta.ClickAsync("#signout");
            Assert.EndsWith("/signin", marta.Url);
            output.WriteLine($"prepare store with the CLI {prepared.TotalSeconds:0.0} s, serve ready {(started - prepared).TotalSeconds:0.0} s, chromium launch {(launched - started).TotalSeconds:0.0} s, browser steps {(clock.Elapsed - launched).TotalSeconds:0.0} s, total {clock.Elapsed.TotalSeconds:0.0} s");
        }
        finally
        {
            await browser.DisposeAsync();
            playwright.Dispose();
        }
    }

    private static async Task<IPage> SignedInPageAsync(IBrowser browser, Uri url, string user, string password)
    {
        var context = await browser.NewContextAsync();
        var page = await context.NewPageAsync();
        await page.GotoAsync(url.ToString());
        Assert.Contains("/signin", page.Url);
        await page.FillAsync("#user", user);
        await page.FillAsync("#password", password);
        await page.ClickAsync("#signin");
        Assert.Contains($"{user} (", await page.InnerTextAsync(".who"));
        return page;
    }

    public void Dispose()
    {
        SqliteConnection.ClearAllPools();
        try
        {
            Directory.Delete(_root, recursive: true);
        }
        catch (IOException)
        {
        }
        catch (UnauthorizedAccessException)
        {
        }
    }

    [GeneratedRegex(@"marta\s+cr\.approved\s+cr-1\s")]
    private static partial Regex ApprovalRow();
}
