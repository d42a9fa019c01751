using System.Globalization;
using System.Security.Cryptography;
using System.Text;

namespace PlcFleet.Fleet.Audit;

/// <summary>
/// What keeps the audit trail honest against someone who can write the database file: a secret key the database does
/// not hold, and signed checkpoints of the chain head, both in a key folder outside the database (0700, files 0600;
/// by default <c>keys/</c> in the work folder, or <c>PLCFLEET_AUDIT_KEY_DIR</c>). Every record carries a seal
/// (HMAC-SHA256 of its hash), so a record appended or re-chained without the key is exposed; every append is followed
/// by a signed checkpoint line, so cutting records off the end, emptying the trail or restoring an older copy of the
/// database is exposed as well. The key is created once, on the first append of a trail that has no sealed record.
/// </summary>
public sealed class AuditAnchor
{
    public const string KeyFolderVariable = "PLCFLEET_AUDIT_KEY_DIR";
    public const string KeyFileName = "audit.key";
    public const string CheckpointFileName = "audit-checkpoints";

    private const UnixFileMode FolderMode = UnixFileMode.UserRead | UnixFileMode.UserWrite | UnixFileMode.UserExecute;
    private const UnixFileMode FileMode = UnixFileMode.UserRead | UnixFileMode.UserWrite;

    private readonly Func<bool> _trailIsSealed;
    private readonly Lock _gate = new();
    private byte[]? _key;

    /// <param name="folder">The key folder.</param>
    /// <param name="trailIsSealed">Whether the trail already holds sealed records: then a missing key is never replaced by a new one.</param>
    public AuditAnchor(string folder, Func<bool> trailIsSealed)
    {
        Folder = Path.GetFullPath(folder);
        _trailIsSealed = trailIsSealed;
    }

    public string Folder { get; }

    public string KeyPath => Path.Combine(Folder, KeyFileName);

    public string CheckpointPath => Path.Combine(Folder, CheckpointFileName);

    /// <summary>The key folder for a store in <paramref name="workFolder"/>: the environment's choice, else <c>keys/</c> inside it.</summary>
    public static string DefaultFolder(string workFolder) =>
        Environment.GetEnvironmentVariable(KeyFolderVariable) is { Length: > 0 } configured ? configured : Path.Combine(workFolder, "keys");

    /// <summary>The seal of a record with <paramref name="hash"/>, creating the key on the trail's first sealed append.</summary>
    public string Seal(string hash) => Sign(RequireKey(), "record", hash);

    /// <summary>
    /// A keyed hash of <paramref name="text"/> for <paramref name="purpose"/> (e.g. an unknown user name): the same
    /// text gives the same value in every process that holds the key, and nobody without it can test guesses.
    /// </summary>
    public string Pseudonym(string purpose, string text) => Sign(RequireKey(), "pseudonym", purpose, text);

    /// <summary>Appends a signed checkpoint of <paramref name="record"/> (the head just committed) to the checkpoint file.</summary>
    public void Checkpoint(AuditRecord record)
    {
        var time = AuditHasher.FormatTime(DateTimeOffset.UtcNow);
        var sequence = record.Sequence.ToString(CultureInfo.InvariantCulture);
        var line = $"{sequence} {record.Hash} {time} {Sign(RequireKey(), "checkpoint", sequence, record.Hash, time)}\n";
        lock (_gate)
        {
            using var stream = new FileStream(CheckpointPath, Private(System.IO.FileMode.Append));
            stream.Write(Encoding.ASCII.GetBytes(line));
            stream.Flush(flushToDisk: true);
        }
    }

    /// <summary>The key, or null when the key file does not exist (nothing was ever sealed, or it was removed).</summary>
    public byte[]? TryLoadKey()
    {
        lock (_gate)
        {
            if (_key is not null)
            {
                return _key;
            }

            if (!File.Exists(KeyPath))
            {
                return null;
            }

            // A key file that is not 32 bytes of hex is no key: verification then reports the trail unverifiable.
            var text = File.ReadAllText(KeyPath).Trim();
            return text.Length == 64 && text.All(Uri.IsHexDigit) ? _key = Convert.FromHexString(text) : null;
        }
    }

    public bool SealMatches(byte[] key, AuditRecord record) => FixedTimeEquals(record.Seal, Sign(key, "record", record.Hash));

    /// <summary>
    /// The checkpoints in the file, each with whether its signature holds, and the key they were checked with. The
    /// key is loaded after the lines are read: a key is always written before the first checkpoint, so a trail being
    /// sealed for the first time right now never shows as unsigned.
    /// </summary>
    public (byte[]? Key, IReadOnlyList<AuditCheckpoint> Checkpoints) ReadCheckpoints()
    {
        var lines = File.Exists(CheckpointPath) ? File.ReadAllLines(CheckpointPath) : [];
        var key = TryLoadKey();
        var checkpoints = new List<AuditCheckpoint>();
        var number = 0;
        foreach (var line in lines)
        {
            number++;
            var parts = line.Split(' ');
            if (parts.Length != 4 || !long.TryParse(parts[0], NumberStyles.None, CultureInfo.InvariantCulture, out var sequence))
            {
                checkpoints.Add(new AuditCheckpoint(number, 0, "", line, false));
                continue;
            }

            var signed = key is not null && FixedTimeEquals(parts[3], Sign(key, "checkpoint", parts[0], parts[1], parts[2]));
            checkpoints.Add(new AuditCheckpoint(number, sequence, parts[1], parts[2], signed));
        }

        return (key, checkpoints);
    }

    private byte[] RequireKey()
    {
        if (TryLoadKey() is { } key)
        {
            return key;
        }

        lock (_gate)
        {
            if (_trailIsSealed())
            {
                throw new IOException($"the audit key {KeyPath} is missing but the audit trail is sealed with it; restore the key file (a new key would hide tampering)");
            }

            if (OperatingSystem.IsWindows())
            {
                Directory.CreateDirectory(Folder);
            }
            else
            {
                Directory.CreateDirectory(Folder, FolderMode);
            }

            // Written whole to a private file, then moved into place without overwriting: two processes opening a fresh
            // store at once end up with one key, and nobody ever reads a half-written one.
            var pending = KeyPath + "." + Guid.NewGuid().ToString("N");
            using (var stream = new FileStream(pending, Private(System.IO.FileMode.CreateNew)))
            {
                stream.Write(Encoding.ASCII.GetBytes(Convert.ToHexStringLower(RandomNumberGenerator.GetBytes(32)) + "\n"));
                stream.Flush(flushToDisk: true);
            }

            try
            {
                File.Move(pending, KeyPath, overwrite: false);
            }
            catch (IOException) when (File.Exists(KeyPath))
            {
                File.Delete(pending);
            }
        }

        return TryLoadKey() ?? throw new IOException($"the audit key {KeyPath} could not be read back");
    }

    /// <summary>Write access to a file only its owner may read (0600 when created).</summary>
    private static FileStreamOptions Private(System.IO.FileMode mode)
    {
        var options = new FileStreamOptions { Mode = mode, Access = FileAccess.Write, Share = FileShare.ReadWrite };
        if (!OperatingSystem.IsWindows())
        {
            options.UnixCreateMode = FileMode;
        }

        return options;
    }

    private static string Sign(byte[] key, string domain, params string[] parts) =>
        Convert.ToHexStringLower(HMACSHA256.HashData(key, Encoding.UTF8.GetBytes(domain + "|" + string.Join("|", parts))));

    private static bool FixedTimeEquals(string a, string b) =>
        CryptographicOperations.FixedTimeEquals(Encoding.ASCII.GetBytes(a), Encoding.ASCII.GetBytes(b));
}
