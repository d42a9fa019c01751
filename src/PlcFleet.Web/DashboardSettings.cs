namespace PlcFleet.Web;

/// <summary>
/// How the dashboard listens (loopback by default: the review dashboard is not meant to face a plant network unproxied)
/// and where it keeps the keys that sign its cookies. With <see cref="KeysFolder"/> a restarted dashboard accepts the
/// sign-ins and form tokens it issued before; without it the keys live in memory and a restart signs everyone out.
/// <see cref="KeyCertificate"/> names the PKCS#12 file that encrypts those keys (default: Auth.KeyCertificate.DefaultPath()).
/// </summary>
public sealed record DashboardSettings(string Urls = DashboardSettings.DefaultUrls, string? KeysFolder = null, string? KeyCertificate = null)
{
    public const string DefaultUrls = "http://127.0.0.1:5080";

    /// <summary>The keys folder inside a work folder, beside plcfleet.db.</summary>
    public static string KeysFolderIn(string workFolder) => Path.Combine(workFolder, "dashboard-keys");
}
