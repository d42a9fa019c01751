using System.Net;
using PlcFleet.Web.Tests.Support;

namespace PlcFleet.Web.Tests.Dashboard;

public sealed class SignInTests : IAsyncLifetime
{
    private ReviewFleet _fleet = null!;
    private DashboardClient _client = null!;

    public async Task InitializeAsync()
    {
        _fleet = await ReviewFleet.CreateAsync();
        await _fleet.ChangeRequestAsync(EvidenceSamples.SafetyChange);
        _client = await DashboardClient.StartAsync(_fleet);
    }

    [Theory]
    [InlineData("/")]
    [InlineData("/cr/1")]
    [InlineData("/audit")]
    public async Task Pages_need_a_signed_in_user(string path)
    {
        var page = await _client.GetAsync(path);

        Assert.Equal(HttpStatusCode.Redirect, page.Status);
        Assert.StartsWith("http://localhost/signin?returnUrl=", page.Location);
    }

    [Fact]
    public async Task The_stylesheet_is_served_without_sign_in()
    {
        var page = await _client.GetAsync("/assets/dashboard.css");

        Assert.Equal(HttpStatusCode.OK, page.Status);
        Assert.Contains("table.diff", page.Html);
    }

    [Fact]
    public async Task A_wrong_password_is_refused_without_saying_whether_the_user_exists()
    {
        var wrong = await _client.SignInAsync("marta", "not-her-password");
        var unknown = await _client.SignInAsync("mallory", "whatever-123");

        Assert.Equal(HttpStatusCode.Unauthorized, wrong.Status);
        Assert.Contains("Unknown user or wrong password.", wrong.Html);
        Assert.Contains("Unknown user or wrong password.", unknown.Html);
        Assert.Equal(HttpStatusCode.Redirect, (await _client.GetAsync("/")).Status);
        var refused = (await _fleet.Store.Audit.ReadAllAsync()).Where(r => r.Action == "user.sign_in_failed").ToList();
        Assert.Equal(["user-marta", "user-" + PlcFleet.Fleet.Users.UnknownUserName.For(_fleet.Store.Audit, "mallory")], refused.Select(r => r.Subject));
        Assert.All(refused, r => Assert.DoesNotContain("not-her-password", r.DetailsJson, StringComparison.Ordinal));
    }

    [Fact]
    public async Task Signing_in_shows_the_fleet_and_names_the_person_and_role()
    {
        var signIn = await _client.SignInAsync("marta");
        var overview = await _client.GetAsync("/");

        Assert.Equal(HttpStatusCode.Redirect, signIn.Status);
        Assert.Equal("/", signIn.Location);
        Assert.Equal(HttpStatusCode.OK, overview.Status);
        Assert.Contains("marta (a safety engineer)", overview.Html);
        Assert.Contains("<a href=\"/cr/1\">CR-1</a>", overview.Html);
        Assert.Contains("Lyon case packer", overview.Html);
        Assert.Contains("<svg class=\"burndown\"", overview.Html);
    }

    [Fact]
    public async Task Sign_in_without_the_form_token_is_rejected_with_400()
    {
        await _client.GetAsync("/signin");

        var page = await _client.PostAsync("/signin", [new("user", "marta"), new("password", ReviewFleet.Password)], withToken: false);

        Assert.Equal(HttpStatusCode.BadRequest, page.Status);
        Assert.Equal(HttpStatusCode.Redirect, (await _client.GetAsync("/")).Status);
    }

    [Theory]
    [InlineData("//evil.example/phish", "/")]
    [InlineData("https://evil.example/", "/")]
    [InlineData("/\\evil.example", "/")]
    [InlineData("/cr/1", "/cr/1")]
    public async Task Sign_in_only_returns_to_pages_of_the_dashboard(string returnUrl, string expected)
    {
        await _client.GetAsync("/signin");

        var page = await _client.PostAsync("/signin", [new("user", "erik"), new("password", ReviewFleet.Password), new("returnUrl", returnUrl)]);

        Assert.Equal(expected, page.Location);
    }

    [Fact]
    public async Task Sign_out_needs_the_token_and_ends_the_session()
    {
        await _client.SignInAsync("erik");
        var overview = await _client.GetAsync("/");

        var forged = await _client.PostAsync("/signout", [], withToken: false);
        Assert.Equal(HttpStatusCode.BadRequest, forged.Status);
        Assert.Equal(HttpStatusCode.OK, (await _client.GetAsync("/")).Status);

        var signOut = await _client.PostAsync("/signout", []);
        Assert.Equal(HttpStatusCode.Redirect, signOut.Status);
        Assert.Equal(HttpStatusCode.Redirect, (await _client.GetAsync("/")).Status);
        Assert.Contains("id=\"signout\"", overview.Html);
    }

    public async Task DisposeAsync()
    {
        await _client.DisposeAsync();
        _fleet.Dispose();
    }
}
