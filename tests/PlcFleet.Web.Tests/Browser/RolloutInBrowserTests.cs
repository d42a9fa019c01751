using Microsoft.Data.Sqlite;
using Microsoft.Playwright;
using Xunit.Abstractions;

namespace PlcFleet.Web.Tests.Browser;

/// <summary>
/// The burndown and the rollout view in Chromium against the real <c>plcfleet serve</c> on the demo's store: what
/// the browser drew is checked in screenshots (the burndown's colours match its legend; a rolled-back change turns its
/// badge red), and an engineer gets no rollout buttons the rollout rules do not give them.
/// </summary>
public sealed class RolloutInBrowserTests(ITestOutputHelper output) : IDisposable
{
    private const string MartaPassword = "Marta-safety-2024";
    private const string ErikPassword = "Erik-controls-2024";
    private const string AdaPassword = "Ada-admin-2024";

    /// <summary>The burndown's band colours (dashboard.css), by stage class.</summary>
    private static readonly Dictionary<string, int> StageColours = new(StringComparer.Ordinal)
    {
        ["stage-deployed"] = 0x1a7f37, ["stage-nochange"] = 0x8fd19e, ["stage-skipped"] = 0xd0d7de, ["stage-approved"] = 0x4ac26b, ["stage-inreview"] = 0x54aeff,
        ["stage-inprogress"] = 0xb392f0, ["stage-pending"] = 0xeac54f, ["stage-rejected"] = 0xff8182, ["stage-stopped"] = 0xbc4c00,
        ["stage-failed"] = 0xcf222e, ["stage-rolledback"] = 0x953800,
    };

    private readonly string _root = Path.Combine(Path.GetTempPath(), "plcfleet-web-browser", Guid.NewGuid().ToString("N")[..10]);

    [Fact]
    public async Task Safety_engineer_reads_the_burndown_starts_the_pilot_deploys_and_rolls_back_while_an_engineer_gets_no_buttons()
    {
        Directory.CreateDirectory(_root);
        var demo = PlcFleetProcess.Run(_root, null, "demo", "--work", "demo");
        Assert.True(demo.ExitCode is 0 or 1, demo.Output);
        var work = Path.Combine(_root, "demo", ".plcfleet");
        var adminPassword = Path.Combine(_root, "ada.password");
        await File.WriteAllTextAsync(adminPassword, AdaPassword + "\n");
        Assert.Equal(0, PlcFleetProcess.Run(_root, AdaPassword, "user", "add", "ada", "--role", "admin", "--password-stdin", "--work", work).ExitCode);
        Assert.Equal(0, PlcFleetProcess.Run(_root, MartaPassword, "user", "add", "marta", "--role", "safety_engineer", "--password-stdin", "--work", work, "--as", "ada", "--password-file", adminPassword).ExitCode);
        Assert.Equal(0, PlcFleetProcess.Run(_root, ErikPassword, "user", "add", "erik", "--role", "engineer", "--password-stdin", "--work", work, "--as", "ada", "--password-file", adminPassword).ExitCode);
        var approveFleet = PlcFleetProcess.Run(_root, null, "fleet", "approve", "DEF-1", "--work", work, "--as", "ada", "--password-file", adminPassword);
        Assert.True(approveFleet.ExitCode == 0, approveFleet.Output);

        using var server = await PlcFleetProcess.ServeAsync(_root, "--work", work);
        var (playwright, browser) = await HeadlessChromium.LaunchAsync();
        try
        {
            // The burndown as drawn: every stage the legend counts has its colour in the chart, and no change was rolled back yet.
            var marta = await SignedInPageAsync(browser, server.Url, "marta", MartaPassword);
            var before = await BurndownAsync(marta);
            Assert.Equal(0, before.Count(StageColours["stage-rolledback"]));

            // An engineer sees the waves but no button the rollout rules do not give him.
            var erik = await SignedInPageAsync(browser, server.Url, "erik", ErikPassword);
            await erik.GotoAsync(new Uri(server.Url, "/rollout/guard-monitor").ToString());
            Assert.Equal(0, await erik.Locator("#start-pilot").CountAsync());
            Assert.Contains("erik (engineer) may not start wave pilot", await erik.InnerTextAsync("#wave-pilot .not-allowed"));

            // Marta approves Lyon line 1's change, starts the pilot wave and deploys it from the rollout view.
            await marta.GetByRole(AriaRole.Link, new() { Name = "Rollout of guard-monitor: waves, gates, maintenance windows" }).ClickAsync();
            Assert.Equal("Rollout of guard-monitor", await marta.InnerTextAsync("h1"));
            Assert.Contains("Sat 06:00-14:00", await marta.InnerTextAsync("#wave-pilot"), StringComparison.Ordinal);
            var change = (await marta.InnerTextAsync("#site-lyon-l1 td a")).Trim();
            var number = change["CR-".Length..];
            await marta.GotoAsync(new Uri(server.Url, $"/cr/{number}").ToString());
            await marta.FillAsync("#approve-comment", "guard door monitored by SAFETY_GUARD_MONITOR; E-stop chain unchanged");
            await marta.ClickAsync("#approve");
            await marta.GotoAsync(new Uri(server.Url, "/rollout/guard-monitor").ToString());
            await marta.ClickAsync("#start-pilot");
            Assert.Contains("The wave was started", await marta.InnerTextAsync("p.notice"));
            await marta.ClickAsync($"#deploy-{number}");
            Assert.Contains("merged into the site's release branch", await marta.InnerTextAsync("p.notice"));
            var deployed = PngImage.Read(await marta.Locator("#site-lyon-l1").ScreenshotAsync());
            Assert.True(deployed.Count(0xdafbe1) > 20, "the deployed badge is drawn green");

            // A rollback needs a reason; with one, the badge turns red and the burndown shows the rolled-back site.
            await marta.FillAsync($"#rollback-reason-{number}", "guard door monitor trips on every cycle at the case packer");
            await marta.ClickAsync($"#rollback-{number}");
            Assert.Contains("rollback and its reason are recorded", await marta.InnerTextAsync("p.notice"));
            var rolledBack = PngImage.Read(await marta.Locator("#site-lyon-l1").ScreenshotAsync());
            Assert.True(rolledBack.Count(0xffebe9) > 20, "the rolled-back badge is drawn red");
            Assert.Equal(0, rolledBack.Count(0xdafbe1));

            await marta.GotoAsync(server.Url.ToString());
            var after = await BurndownAsync(marta);
            Assert.True(after.Count(StageColours["stage-rolledback"]) > 50, "the rolled-back band is drawn");
            Assert.Contains("rolled back by marta: guard door monitor trips on every cycle", await marta.InnerTextAsync("#outcomes-guard-monitor"));

            // The audit trail shows the rollback's details as fields.
            await marta.GetByRole(AriaRole.Link, new() { Name = "Audit trail" }).ClickAsync();
            var row = marta.Locator("#audit-records tbody tr", new() { HasText = "cr.rolled_back" });
            var details = await row.Locator("dl.details").First.InnerTextAsync(); // the record's fields; nested objects are lists inside
            Assert.Contains("guard door monitor trips on every cycle", details, StringComparison.Ordinal);
            Assert.Contains("fleet definition", details, StringComparison.Ordinal);
            Assert.DoesNotContain("{\"", details, StringComparison.Ordinal);
        }
        finally
        {
            await browser.DisposeAsync();
            playwright.Dispose();
        }
    }

    /// <summary>Screenshots guard-monitor's burndown and checks each stage its legend counts is drawn in its colour.</summary>
    private async Task<PngImage> BurndownAsync(IPage page)
    {
        var article = page.Locator("#migration-guard-monitor");
        var image = PngImage.Read(await article.Locator("svg.burndown").ScreenshotAsync());
        var total = 0;
        foreach (var item in await article.Locator("ul.legend li:has(span.swatch)").AllAsync())
        {
            var stage = (await item.Locator("span.swatch").GetAttributeAsync("class"))!.Split(' ')[1];
            var count = int.Parse(await item.Locator("b").InnerTextAsync(), System.Globalization.CultureInfo.InvariantCulture);
            total += count;
            if (StageColours.TryGetValue(stage, out var colour))
            {
                Assert.True(image.Count(colour) > 50, $"{stage} ({count} sites in the legend) is drawn in the chart");
            }

            output.WriteLine($"{stage}: {count} sites, {(StageColours.TryGetValue(stage, out var c) ? image.Count(c) : 0)} pixels");
        }

        Assert.Contains($"of {total} sites", await article.Locator("li.remaining").InnerTextAsync(), StringComparison.Ordinal);
        return image;
    }

    private static async Task<IPage> SignedInPageAsync(IBrowser browser, Uri url, string user, string password)
    {
        var context = await browser.NewContextAsync();
        var page = await context.NewPageAsync();
        await page.GotoAsync(url.ToString());
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
}
