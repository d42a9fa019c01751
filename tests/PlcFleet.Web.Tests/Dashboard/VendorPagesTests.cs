using System.Text.Json;
using PlcFleet.Web.Tests.Support;

namespace PlcFleet.Web.Tests.Dashboard;

/// <summary>Vendor sites on the dashboard: a change shows the ST it changes beside the git diff, and the site page lists the objects and their ST, both numbered in the vendor file's lines.</summary>
public sealed class VendorPagesTests : IAsyncLifetime
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

    [Fact]
    public async Task The_site_page_lists_a_TcPOUs_objects_and_shows_their_ST_at_the_files_lines()
    {
        const string tcPou = "<?xml version=\"1.0\" encoding=\"utf-8\"?>\r\n"
            + "<TcPlcObject Version=\"1.1.0.1\" ProductVersion=\"3.1.4024.12\">\r\n"
            + "  <POU Name=\"FB_Infeed\" Id=\"{5d7c3a21-8e0b-4c7e-9a55-2f1d3b6c9e01}\" SpecialFunc=\"None\">\r\n"
            + "    <Declaration><![CDATA[FUNCTION_BLOCK FB_Infeed\r\nVAR_INPUT\r\n\tbEStopOk : BOOL;\r\nEND_VAR\r\nVAR_OUTPUT\r\n\tbRun : BOOL;\r\nEND_VAR\r\n]]></Declaration>\r\n"
            + "    <Implementation>\r\n"
            + "      <ST><![CDATA[bRun := bEStopOk AND NOT bRun;]]></ST>\r\n"
            + "    </Implementation>\r\n"
            + "  </POU>\r\n"
            + "</TcPlcObject>";
        await File.WriteAllTextAsync(Path.Combine(_fleet.Repository.Root, "src", "FB_Infeed.TcPOU"), tcPou);
        await _client.SignInAsync("marta");

        var overview = (await _client.GetAsync("/")).Html;
        var page = (await _client.GetAsync("/sites/lyon-l1")).Html;
        var missing = await _client.GetAsync("/sites/nowhere");

        Assert.Contains("<a href=\"/sites/lyon-l1\">lyon-l1</a>", overview);
        Assert.Contains("src/FB_Infeed.TcPOU</a></td><td>TwinCat</td>", page);
        Assert.Contains("<td>FUNCTION_BLOCK</td><td>FB_Infeed</td><td>3</td>", page);
        Assert.Contains("<summary>FB_Infeed (body)</summary>", page);
        Assert.Contains("<td class=\"ln\">13</td><td class=\"code same\">bRun := bEStopOk AND NOT bRun;</td>", page);
        Assert.Contains("src/PRG_Guard.st", page);
        Assert.Contains("There is no site nowhere", missing.Html);
    }

    public async Task DisposeAsync()
    {
        await _client.DisposeAsync();
        _fleet.Dispose();
    }
}
