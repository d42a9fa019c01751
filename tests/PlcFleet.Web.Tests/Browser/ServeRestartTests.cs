using System.Net;
using System.Text.RegularExpressions;
using PlcFleet.Web.Tests.Support;

namespace PlcFleet.Web.Tests.Browser;

/// <summary>
/// The real <c>plcfleet serve</c> stopped and started again on the same work folder: a safety engineer's sign-in
/// from before the restart still opens the dashboard, because the cookie keys live in <c>dashboard-keys</c> there.
/// </summary>
public sealed partial class ServeRestartTests : IAsyncLifetime
{
    private ReviewFleet _fleet = null!;

    private string Work => Path.Combine(_fleet.Root, ".plcfleet");

    public async Task InitializeAsync()
    {
        _fleet = await ReviewFleet.CreateAsync();
        await _fleet.ChangeRequestAsync(EvidenceSamples.SafetyChange);
    }

    [Fact]
    public async Task A_sign_in_survives_a_restart_of_plcfleet_serve()
    {
        using var handler = new HttpClientHandler { CookieContainer = new CookieContainer(), AllowAutoRedirect = false };
        using (var first = await PlcFleetProcess.ServeAsync(_fleet.Root, "--work", Work))
        using (var browser = new HttpClient(handler, disposeHandler: false) { BaseAddress = first.Url })
        {
            var form = await browser.GetStringAsync("/signin");
            var token = WebUtility.HtmlDecode(TokenField().Match(form).Groups[1].Value);
            using var signIn = await browser.PostAsync(
                "/signin",
                new FormUrlEncodedContent([new("user", "marta"), new("password", ReviewFleet.Password), new("returnUrl", "/"), new("__csrf", token)]));
            Assert.Equal(HttpStatusCode.Redirect, signIn.StatusCode);
        }

        using var second = await PlcFleetProcess.ServeAsync(_fleet.Root, "--work", Work);
        using var again = new HttpClient(handler, disposeHandler: false) { BaseAddress = second.Url };
        using var overview = await again.GetAsync("/");

        Assert.Equal(HttpStatusCode.OK, overview.StatusCode);
        Assert.Contains("marta (a safety engineer)", await overview.Content.ReadAsStringAsync());
        Assert.NotEmpty(Directory.GetFiles(DashboardSettings.KeysFolderIn(Work), "key-*.xml"));
    }

    public Task DisposeAsync()
    {
        _fleet.Dispose();
        return Task.CompletedTask;
    }

    [GeneratedRegex("name=\"__csrf\" value=\"([^\"]*)\"")]
    private static partial Regex TokenField();
}
