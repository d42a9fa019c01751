using Microsoft.Playwright;

namespace PlcFleet.Web.Tests.Browser;

/// <summary>
/// Debian's chromium driven by Playwright: the browser is the system package (CI installs it with apt-get), never a
/// download by <c>playwright install</c>.
/// </summary>
public static class HeadlessChromium
{
    public const string ExecutablePath = "/usr/bin/chromium";

    private static readonly string[] Flags =
    [
        "--headless", "--no-sandbox", "--disable-gpu", "--disable-background-networking", "--disable-component-update", "--disable-sync", "--no-first-run",
    ];

    public static async Task<(IPlaywright Playwright, IBrowser Browser)> LaunchAsync()
    {
        Assert.True(File.Exists(ExecutablePath), $"{ExecutablePath} is missing: install Debian's chromium package (apt-get install -y chromium); .ci/run does this");
        var playwright = await Playwright.CreateAsync();
        var browser = await playwright.Chromium.LaunchAsync(new BrowserTypeLaunchOptions { ExecutablePath = ExecutablePath, Headless = true, Args = Flags });
        return (playwright, browser);
    }
}
