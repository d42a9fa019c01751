using System.Net;
using PlcFleet.Fleet.Users;
using PlcFleet.Web.Auth;
using PlcFleet.Web.Endpoints;
using PlcFleet.Web.Tests.Support;

namespace PlcFleet.Web.Tests.Dashboard;

/// <summary>Sign-in as an attacker on the network would try it, through the real web host.</summary>
public sealed class SignInHardeningTests : IAsyncLifetime
{
    private ReviewFleet _fleet = null!;
    private DashboardClient _client = null!;

    public async Task InitializeAsync()
    {
        _fleet = await ReviewFleet.CreateAsync();
        await _fleet.ChangeRequestAsync(EvidenceSamples.SafetyChange);
        _client = await DashboardClient.StartAsync(_fleet);
    }

    public async Task DisposeAsync()
    {
        await _client.DisposeAsync();
        _fleet.Dispose();
    }

    [Fact]
    public async Task Five_wrong_passwords_lock_the_user_even_against_the_right_one_and_are_audited()
    {
        for (var i = 1; i < SignInThrottle.MaxFailuresPerUser; i++)
        {
            Assert.Equal(HttpStatusCode.Unauthorized, (await _client.SignInAsync("erik", $"guess-{i}")).Status);
        }

        Assert.Equal(HttpStatusCode.TooManyRequests, (await _client.SignInAsync("erik", "guess-last")).Status);

        var right = await _client.SignInAsync("erik");

        Assert.Equal(HttpStatusCode.TooManyRequests, right.Status);
        Assert.Contains("Too many failed sign-ins", right.Html, StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.Redirect, (await _client.GetAsync("/")).Status);
        var records = (await _fleet.Store.Audit.ReadAllAsync()).Where(r => r.Action == "user.sign_in_failed" && r.Actor == "erik").ToList();
        Assert.Equal(SignInThrottle.MaxFailuresPerUser + 1, records.Count);
        Assert.Contains(records, r => r.DetailsJson.Contains("\"locked_out\":true", StringComparison.Ordinal));
        Assert.Contains(records, r => r.DetailsJson.Contains("\"reason\":\"locked out\"", StringComparison.Ordinal));
        // Another engineer is not locked by erik's attacker.
        Assert.Equal(HttpStatusCode.Redirect, (await _client.SignInAsync("olga")).Status);
    }

    [Fact]
    public async Task One_address_spraying_many_names_is_locked_out()
    {
        for (var i = 0; i < SignInThrottle.MaxFailuresPerAddress; i++)
        {
            await _client.SignInAsync($"guess{i}", "Password1");
        }

        Assert.Equal(HttpStatusCode.TooManyRequests, (await _client.SignInAsync("marta")).Status);
    }

    [Fact]
    public async Task A_password_typed_into_the_user_name_field_is_stored_only_as_a_hash()
    {
        await _client.SignInAsync("Correct-horse-7 marta", "");

        var all = await _fleet.Store.Audit.ReadAllAsync();
        var refused = Assert.Single(all, r => r.Action == "user.sign_in_failed");
        Assert.DoesNotContain("Correct-horse-7", refused.Actor + refused.Subject + refused.DetailsJson, StringComparison.Ordinal);
        Assert.StartsWith("unknown-", refused.Actor, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Unknown_names_cost_the_same_password_check_as_known_ones()
    {
        var checks = 0;
        var signIn = new DashboardSignIn(_fleet.Store, new SignInThrottle(_fleet.Store, TimeProvider.System), (password, hash) =>
        {
            checks++;
            return PasswordHasher.Verify(password, hash);
        });

        await signIn.SignInAsync("erik", "wrong-password", "10.0.0.1");
        Assert.Equal(1, checks);
        await signIn.SignInAsync("nobody-here", "wrong-password", "10.0.0.2");
        Assert.Equal(2, checks);
        await signIn.SignInAsync("<script>", "wrong-password", "10.0.0.3");
        Assert.Equal(3, checks);
    }

    [Fact]
    public async Task A_cookie_copied_before_sign_out_no_longer_works_after_it()
    {
        await _client.SignInAsync("erik");
        var copied = _client.Cookies;
        Assert.Equal(HttpStatusCode.OK, (await _client.GetWithCookiesAsync("/", copied)).Status);

        await _client.GetAsync("/");
        await _client.PostAsync("/signout", []);

        Assert.Equal(HttpStatusCode.Redirect, (await _client.GetWithCookiesAsync("/", copied)).Status);
    }

    [Theory]
    [InlineData("/\t/evil.example")]
    [InlineData("/%09/evil.example")]
    [InlineData("//evil.example")]
    [InlineData("/\\evil.example")]
    [InlineData("/cr/1\r\nSet-Cookie: x=1")]
    [InlineData("/ /evil.example")]
    public async Task Return_urls_that_a_browser_would_read_as_another_host_go_home(string returnUrl)
    {
        await _client.GetAsync("/signin");

        var page = await _client.PostAsync("/signin", [new("user", "erik"), new("password", ReviewFleet.Password), new("returnUrl", returnUrl)]);
        var form = await _client.GetAsync("/signin?returnUrl=" + Uri.EscapeDataString(returnUrl));

        Assert.Equal(HttpStatusCode.Redirect, page.Status);
        Assert.True(page.Location is "/" || (returnUrl == "/%09/evil.example" && page.Location == returnUrl), page.Location);
        Assert.NotEqual(HttpStatusCode.InternalServerError, form.Status);
    }

    [Theory]
    [InlineData("/\t/evil.example", "/")]
    [InlineData("/cr/1\n", "/")]
    [InlineData("/cr/1?tab=diff", "/cr/1?tab=diff")]
    public void Local_or_home_normalises(string url, string expected) => Assert.Equal(expected, SignInEndpoints.LocalOrHome(url));

    [Theory]
    [InlineData("/signin")]
    [InlineData("/")]
    [InlineData("/assets/dashboard.css")]
    public async Task Every_response_carries_the_security_headers(string path)
    {
        await _client.GetAsync(path);

        Assert.Contains("frame-ancestors 'none'", _client.LastHeaders["Content-Security-Policy"], StringComparison.Ordinal);
        Assert.Equal("nosniff", _client.LastHeaders["X-Content-Type-Options"]);
        Assert.Equal("DENY", _client.LastHeaders["X-Frame-Options"]);
        Assert.Equal("no-referrer", _client.LastHeaders["Referrer-Policy"]);
    }

    [Theory]
    [InlineData("marta", true)]
    [InlineData("j.doe-2_b", true)]
    [InlineData("<b>x</b>", false)]
    [InlineData("Correct horse", false)]
    [InlineData("-dash", false)]
    [InlineData("", false)]
    public void User_names_come_from_a_restricted_alphabet(string name, bool valid) => Assert.Equal(valid, UserNames.IsValid(name));
}
