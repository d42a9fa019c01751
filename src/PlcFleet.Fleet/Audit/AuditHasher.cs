using System.Globalization;
using System.Security.Cryptography;
using System.Text.Json;

namespace PlcFleet.Fleet.Audit;

/// <summary>
/// The canonical form of a record and its SHA-256. The form is a JSON object with fixed key order, UTC time with
/// 100 ns precision and the details as stored text, so anyone can re-compute a hash with any JSON library.
/// </summary>
public static class AuditHasher
{
    /// <summary>The previous hash of the first record.</summary>
    public static readonly string Genesis = new('0', 64);

    public const string TimeFormat = "yyyy-MM-dd'T'HH:mm:ss.fffffff'Z'";

    public static string FormatTime(DateTimeOffset time) => time.UtcDateTime.ToString(TimeFormat, CultureInfo.InvariantCulture);

    /// <summary>Parses a stored time; text that is not in the canonical form yields MinValue, so its hash fails to verify.</summary>
    public static DateTimeOffset ParseTime(string text) =>
        DateTime.TryParseExact(text, TimeFormat, CultureInfo.InvariantCulture, DateTimeStyles.AdjustToUniversal | DateTimeStyles.AssumeUniversal, out var time)
            ? new DateTimeOffset(time, TimeSpan.Zero)
            : DateTimeOffset.MinValue;

    public static byte[] Canonical(long sequence, DateTimeOffset timeUtc, string actor, string action, string subject, string detailsJson, string previousHash)
    {
        using var buffer = new MemoryStream();
        using (var writer = new Utf8JsonWriter(buffer))
        {
            writer.WriteStartObject();
            writer.WriteNumber("sequence", sequence);
            writer.WriteString("time_utc", FormatTime(timeUtc));
            writer.WriteString("actor", actor);
            writer.WriteString("action", action);
            writer.WriteString("subject", subject);
            writer.WriteString("details", detailsJson);
            writer.WriteString("previous_hash", previousHash);
            writer.WriteEndObject();
        }

        return buffer.ToArray();
    }

    public static string Hash(long sequence, DateTimeOffset timeUtc, string actor, string action, string subject, string detailsJson, string previousHash) =>
        Convert.ToHexStringLower(SHA256.HashData(Canonical(sequence, timeUtc, actor, action, subject, detailsJson, previousHash)));

    public static string Hash(AuditRecord record) =>
        Hash(record.Sequence, record.TimeUtc, record.Actor, record.Action, record.Subject, record.DetailsJson, record.PreviousHash);
}
