using System.Net;
using System.Text.RegularExpressions;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.TestHost;

namespace PlcFleet.Web.Tests.Support;

/// <summary>
/// The dashboard on an in-memory TestServer and a client that behaves like a browser tab: it keeps cookies and
/// remembers the form token of the last page, but does not follow redirects, so tests can see them.
/// </summary>
public sealed partial class DashboardClient : IAsyncDisposable
{
    private static readonly Uri Base = new("http://localhost/");
    private readonly WebApplication _app;
    private readonly HttpClient _http;
    private readonly CookieContainer _cookies = new();

    private DashboardClient(WebApplication app)
    {
        _app = app;
        _http = app.GetTestClient();
    }

    public string LastToken { get; private set; } = "";

    /// <summary>The cookies this tab would send, to hand to a tab on a restarted dashboard.</summary>
    public string Cookies => _cookies.GetCookieHeader(Base);

    public static async Task<DashboardClient> StartAsync(ReviewFleet fleet, TimeProvider? clock = null, string? keysFolder = null, string? cookies = null)
    {
        // The key-encryption certificate beside the keys folder, not in the user's profile.
        var settings = new DashboardSettings(KeysFolder: keysFolder, KeyCertificate: keysFolder is null ? null : keysFolder + ".pfx");
        var app = DashboardApp.Build(new DashboardSources(fleet.Store, fleet.Repositories, clock), settings, b => b.WebHost.UseTestServer());
        await app.StartAsync();
        var client = new DashboardClient(app);
        foreach (var cookie in (cookies ?? "").Split("; ", StringSplitOptions.RemoveEmptyEntries))
        {
            client._cookies.SetCookies(Base, cookie);
        }

        return client;
    }

    public Task<Page> GetAsync(string path) => SendAsync(new HttpRequestMessage(HttpMethod.Get, path));

    /// <summary>The response headers of the last request (security headers).</summary>
    public IReadOnlyDictionary<string, string> LastHeaders { get; private set; } = new Dictionary<string, string>();

    /// <summary>A GET with exactly these cookies (e.g. copied from another tab before it signed out); this tab's cookies are untouched.</summary>
    public async Task<Page> GetWithCookiesAsync(string path, string cookieHeader)
    {
        using var request = new HttpRequestMessage(HttpMethod.Get, path);
        request.Headers.Add("Cookie", cookieHeader);
        using var response = await _http.SendAsync(request);
        return new Page(response.StatusCode, response.Headers.Location?.OriginalString, await response.Content.ReadAsStringAsync());
    }

    /// <summary>POSTs a form; with <paramref name="withToken"/> the token of the last page is added, as the browser would.</summary>
    public Task<Page> PostAsync(string path, IEnumerable<KeyValuePair<string, string>> fields, bool withToken = true)
    {
        var all = fields.ToList();
        if (withToken)
        {
            all.Add(new("__csrf", LastToken));
        }

        return SendAsync(new HttpRequestMessage(HttpMethod.Post, path) { Content = new FormUrlEncodedContent(all) });
    }

    public async Task<Page> SignInAsync(string user, string password = ReviewFleet.Password)
    {
        await GetAsync("/signin");
        return await PostAsync("/signin", [new("user", user), new("password", password), new("returnUrl", "/")]);
    }

    private async Task<Page> SendAsync(HttpRequestMessage request)
    {
        var cookie = _cookies.GetCookieHeader(Base);
        if (cookie.Length > 0)
        {
            request.Headers.Add("Cookie", cookie);
        }

        using var response = await _http.SendAsync(request);
        if (response.Headers.TryGetValues("Set-Cookie", out var setCookies))
        {
            foreach (var header in setCookies)
            {
                _cookies.SetCookies(Base, header);
            }
        }

        LastHeaders = response.Headers.Concat(response.Content.Headers)
            .ToDictionary(h => h.Key, h => string.Join(", ", h.Value), StringComparer.OrdinalIgnoreCase);
        var html = await response.Content.ReadAsStringAsync();
        if (TokenField().Match(html) is { Success: true } token)
        {
            LastToken = WebUtility.HtmlDecode(token.Groups[1].Value);
        }

        return new Page(response.StatusCode, response.Headers.Location?.OriginalString, html);
    }

    public async ValueTask DisposeAsync()
    {
        _http.Dispose();
        await _app.DisposeAsync();
    }

    [GeneratedRegex("name=\"__csrf\" value=\"([^\"]*)\"")]
    private static partial Regex TokenField();

    public sealed record Page(HttpStatusCode Status, string? Location, string Html)
    {
        public override string ToString() => $"{(int)Status} {Location}\n{Html}";
    }
}
