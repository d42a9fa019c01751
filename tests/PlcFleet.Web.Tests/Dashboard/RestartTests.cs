using System.Net;
using PlcFleet.Fleet.Store.Records;
using PlcFleet.Web.Tests.Support;

namespace PlcFleet.Web.Tests.Dashboard;

/// <summary>
/// <c>plcfleet serve</c> restarted on the same work folder: the keys in <c>dashboard-keys</c> still open the sign-in
/// cookies and form tokens the first server issued, so a safety engineer mid-review is not signed out.
/// </summary>
public sealed class RestartTests : IAsyncLifetime
{
    private ReviewFleet _fleet = null!;
    private long _changeRequest;

    private string KeysFolder => DashboardSettings.KeysFolderIn(Path.Combine(_fleet.Root, ".plcfleet"));

    public async Task InitializeAsync()
    {
        _fleet = await ReviewFleet.CreateAsync();
        _changeRequest = await _fleet.ChangeRequestAsync(EvidenceSamples.SafetyChange);
    }

    [Fact]
    public async Task A_restarted_dashboard_on_the_same_work_folder_accepts_the_sign_in_and_the_form_token()
    {
        string cookies;
        await using (var before = await DashboardClient.StartAsync(_fleet, keysFolder: KeysFolder))
        {
            Assert.Equal(HttpStatusCode.Redirect, (await before.SignInAsync("marta")).Status);
            cookies = before.Cookies;
        }

        await using var after = await DashboardClient.StartAsync(_fleet, keysFolder: KeysFolder, cookies: cookies);
        var overview = await after.GetAsync("/");
        await after.GetAsync($"/cr/{_changeRequest}");
        var approve = await after.PostAsync($"/cr/{_changeRequest}/approve", [new("comment", "both guard channels still reach the monitor")]);

        Assert.Equal(HttpStatusCode.OK, overview.Status);
        Assert.Contains("marta (a safety engineer)", overview.Html);
        Assert.Equal($"/cr/{_changeRequest}?done=approved", approve.Location);
        Assert.Equal(ChangeRequestState.Approved, (await _fleet.Store.GetChangeRequestAsync(_changeRequest))!.State);
        var key = File.ReadAllText(Assert.Single(Directory.GetFiles(KeysFolder, "key-*.xml")));
        Assert.Contains("<encryptedSecret", key, StringComparison.Ordinal);
        Assert.DoesNotContain("<masterKey", key.Split("<encryptedSecret")[0], StringComparison.Ordinal);
    }

    [Fact]
    public async Task The_keys_folder_is_readable_by_its_owner_only()
    {
        if (OperatingSystem.IsWindows())
        {
            return; // POSIX permissions; Windows keeps the folder under the user's ACL.
        }

        await using (var dashboard = await DashboardClient.StartAsync(_fleet, keysFolder: KeysFolder))
        {
            await dashboard.SignInAsync("marta");
        }

        Assert.Equal(UnixFileMode.UserRead | UnixFileMode.UserWrite | UnixFileMode.UserExecute, File.GetUnixFileMode(KeysFolder));
    }

    [Fact]
    public async Task Without_a_keys_folder_a_restart_signs_everyone_out()
    {
        string cookies;
        await using (var before = await DashboardClient.StartAsync(_fleet))
        {
            await before.SignInAsync("marta");
            cookies = before.Cookies;
        }

        await using var after = await DashboardClient.StartAsync(_fleet, cookies: cookies);
        var overview = await after.GetAsync("/");

        Assert.Equal(HttpStatusCode.Redirect, overview.Status);
        Assert.StartsWith("http://localhost/signin", overview.Location);
    }

    public Task DisposeAsync()
    {
        _fleet.Dispose();
        return Task.CompletedTask;
    }
}
