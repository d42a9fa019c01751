using Microsoft.AspNetCore.Http;

namespace PlcFleet.Web;

/// <summary>
/// Headers on every response: the pages load only their own stylesheet (no scripts at all), are never framed
/// (clickjacking an "Approve" button), are not content-sniffed, and do not leak change-request URLs as referrers.
/// </summary>
public static class SecurityHeaders
{
    public const string ContentSecurityPolicy =
        "default-src 'none'; style-src 'self'; img-src 'self' data:; form-action 'self'; frame-ancestors 'none'; base-uri 'none'";

    public static void Add(IHeaderDictionary headers)
    {
        headers.ContentSecurityPolicy = ContentSecurityPolicy;
        headers.XContentTypeOptions = "nosniff";
        headers.XFrameOptions = "DENY";
        headers["Referrer-Policy"] = "no-referrer";
    }
}
