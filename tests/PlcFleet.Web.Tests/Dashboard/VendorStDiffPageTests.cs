using System.Text.Json;
using PlcFleet.Web.Tests.Support;

namespace PlcFleet.Web.Tests.Dashboard;

/// <summary>A change to a vendor file shows the ST it changes beside the git diff, numbered in the vendor file's lines.</summary>
public sealed class VendorStDiffPageTests : IAsyncLifetime
{
    private const string StDiff = "--- a/PLC/POUs/FB_Conveyor.TcPOU\n+++ b/PLC/POUs/FB_Conveyor.TcPOU\n"
        + "@@ -82,1 +82,1 @@ FB_Conveyor.nSpeedPercent.Set (body)\n"
        + "-_nSpeedPercent := LIMIT(20, nSpeedPercent, 100);\n"
        + "+_nSpeedPercent := LIMIT(20, nSpeedPercent, 80);\n";

    private ReviewFleet _fleet = null!;
    private DashboardClient _client = null!;

    public async Task InitializeAsync()
    {
        _fleet = await ReviewFleet.CreateAsync();
        _client = await DashboardClient.StartAsync(_fleet);
    }

    [Fact]
    public async Task The_change_request_page_shows_the_ST_of_a_vendor_file_at_the_files_line_numbers()
    {
        var evidence = JsonSerializer.Serialize(new Dictionary<string, object>
        {
            ["evidence_version"] = 2,
            ["migration_version"] = 1,
            ["content_hash"] = "aaaa",
            ["migration_title"] = "Infeed speed limit",
            ["safety_related"] = false,
            ["base_commit"] = "240e6923c5aa",
            ["agent"] = "rewrite",
            ["st_diff"] = StDiff,
        });
        var vendor = await _fleet.ChangeRequestAsync(evidence);
        var plain = await _fleet.ChangeRequestAsync(EvidenceSamples.PlainChange);
        await _client.SignInAsync("marta");

        var page = (await _client.GetAsync($"/cr/{vendor}")).Html;
        var plainPage = (await _client.GetAsync($"/cr/{plain}")).Html;

        Assert.Contains("<section id=\"st-diff\"><h2>ST changes</h2>", page);
        Assert.Contains("PLC/POUs/FB_Conveyor.TcPOU", page);
        Assert.Contains("@@ line 82 → 82 FB_Conveyor.nSpeedPercent.Set (body)", page);
        Assert.Contains("<td class=\"ln\">82</td><td class=\"code mod\">_nSpeedPercent := LIMIT(20, nSpeedPercent, 80);</td>", page);
        Assert.DoesNotContain("id=\"st-diff\"", plainPage);
    }

    public async Task DisposeAsync()
    {
        await _client.DisposeAsync();
        _fleet.Dispose();
    }
}
