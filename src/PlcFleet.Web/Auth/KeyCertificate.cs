using System.Security.Cryptography;
using System.Security.Cryptography.X509Certificates;

namespace PlcFleet.Web.Auth;

/// <summary>
/// The certificate that encrypts the dashboard's cookie keys at rest. The key ring lives in the work folder (backed
/// up, copied, shared with the fleet's other engineers); this certificate does not: by default it is
/// <c>~/.config/plcfleet/dashboard-keys.pfx</c>, created on first use and readable by its owner only, or the PKCS#12 file
/// named by <c>PLCFLEET_KEY_CERTIFICATE</c> (its password in <c>PLCFLEET_KEY_CERTIFICATE_PASSWORD</c>), e.g. one
/// issued by the plant's PKI. A copy of the work folder alone opens no sign-in.
/// </summary>
public static class KeyCertificate
{
    public const string PathVariable = "PLCFLEET_KEY_CERTIFICATE";
    public const string PasswordVariable = "PLCFLEET_KEY_CERTIFICATE_PASSWORD";

    public static string DefaultPath() =>
        Environment.GetEnvironmentVariable(PathVariable) is { Length: > 0 } named
            ? named
            : Path.Combine(Environment.GetFolderPath(Environment.SpecialFolder.ApplicationData, Environment.SpecialFolderOption.Create), "plcfleet", "dashboard-keys.pfx");

    /// <summary>Loads the certificate at <paramref name="path"/>, creating a self-signed one there when there is none.</summary>
    public static X509Certificate2 LoadOrCreate(string path)
    {
        var password = Environment.GetEnvironmentVariable(PasswordVariable);
        if (!File.Exists(path))
        {
            TryCreate(path);
        }

        return X509CertificateLoader.LoadPkcs12FromFile(path, password, X509KeyStorageFlags.EphemeralKeySet);
    }

    private static void TryCreate(string path)
    {
        using var rsa = RSA.Create(3072);
        var request = new CertificateRequest("CN=PlcFleet dashboard key encryption", rsa, HashAlgorithmName.SHA256, RSASignaturePadding.Pkcs1);
        request.CertificateExtensions.Add(new X509KeyUsageExtension(X509KeyUsageFlags.KeyEncipherment, critical: true));
        using var certificate = request.CreateSelfSigned(DateTimeOffset.UtcNow.AddDays(-1), DateTimeOffset.UtcNow.AddYears(20));
        var bytes = certificate.Export(X509ContentType.Pkcs12, Environment.GetEnvironmentVariable(PasswordVariable));
        Directory.CreateDirectory(Path.GetDirectoryName(Path.GetFullPath(path))!);
        try
        {
            // CreateNew: two dashboards starting at once must not each write a different certificate.
            var options = new FileStreamOptions { Mode = FileMode.CreateNew, Access = FileAccess.Write };
            if (!OperatingSystem.IsWindows())
            {
                options.UnixCreateMode = UnixFileMode.UserRead | UnixFileMode.UserWrite;
            }

            using var file = new FileStream(path, options);
            file.Write(bytes);
        }
        catch (IOException) when (File.Exists(path))
        {
            // Another process created it first; use theirs.
        }
    }
}
