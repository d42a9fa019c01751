namespace PlcFleet.Web;

/// <summary>How the dashboard listens. Loopback by default: the review dashboard is not meant to face a plant network unproxied.</summary>
public sealed record DashboardSettings(string Urls = DashboardSettings.DefaultUrls)
{
    public const string DefaultUrls = "http://127.0.0.1:5080";
}
