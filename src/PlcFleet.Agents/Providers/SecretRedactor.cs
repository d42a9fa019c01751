using System.Text.RegularExpressions;

namespace PlcFleet.Agents.Providers;

/// <summary>
/// Removes API keys from any text that leaves the process (errors, transcripts, logs): the known key verbatim,
/// plus anything shaped like a bearer token or a vendor key in case a server echoes one back.
/// </summary>
public sealed partial class SecretRedactor
{
    public const string Mask = "***";

    private readonly string[] secrets;

    public SecretRedactor(IEnumerable<string?> secrets)
    {
        // Very short "keys" (e.g. "x" for local servers) would mangle ordinary text and protect nothing.
        this.secrets = secrets.Where(s => s is { Length: >= 6 }).Select(s => s!).Distinct(StringComparer.Ordinal).ToArray();
    }

    public static SecretRedactor None { get; } = new([]);

    public string Redact(string text)
    {
        foreach (var secret in secrets)
        {
            text = text.Replace(secret, Mask, StringComparison.Ordinal);
        }

        text = KeyShape().Replace(text, Mask);
        return BearerShape().Replace(text, "Bearer " + Mask);
    }

    [GeneratedRegex(@"\b(sk|sk-ant|sk-proj|pk)-[A-Za-z0-9_\-]{12,}")]
    private static partial Regex KeyShape();

    [GeneratedRegex(@"Bearer\s+[A-Za-z0-9_\-\.=]{8,}")]
    private static partial Regex BearerShape();
}
