using System.Collections.Concurrent;
using System.Security.Cryptography;
using System.Text;

namespace PlcFleet.Web.Auth;

/// <summary>
/// Server-side record of signed-in dashboard sessions. The cookie carries a random session id; sign-out removes it
/// here, so a copied cookie stops working at once instead of living until it expires. With a keys folder the record
/// is kept beside the cookie keys (ids only as SHA-256, owner-only folder), so a restarted <c>plcfleet serve</c>
/// keeps people signed in exactly as long as their cookies would; without one it lives in memory.
/// </summary>
public sealed class DashboardSessions
{
    public const string ClaimType = "plcfleet:session";

    public const string FileName = "sessions.txt";

    /// <summary>Longer than any cookie lives (8 h, sliding), so a kept record never outlasts its use by much.</summary>
    private static readonly TimeSpan MaxAge = TimeSpan.FromDays(7);

    private readonly ConcurrentDictionary<string, (string User, DateTimeOffset Started)> sessions = new(StringComparer.Ordinal);
    private readonly string? file;
    private readonly TimeProvider clock;
    private readonly Lock gate = new();

    public DashboardSessions(string? keysFolder = null, TimeProvider? clock = null)
    {
        this.clock = clock ?? TimeProvider.System;
        file = keysFolder is null ? null : Path.Combine(keysFolder, FileName);
        Load();
    }

    public string Start(string userName)
    {
        var id = Convert.ToBase64String(RandomNumberGenerator.GetBytes(32));
        sessions[Key(id)] = (userName, clock.GetUtcNow());
        Save();
        return id;
    }

    public bool IsActive(string? id, string? userName) =>
        id is not null && sessions.TryGetValue(Key(id), out var session) && string.Equals(session.User, userName, StringComparison.Ordinal)
        && session.Started + MaxAge > clock.GetUtcNow();

    public void End(string? id)
    {
        if (id is not null && sessions.TryRemove(Key(id), out _))
        {
            Save();
        }
    }

    private static string Key(string id) => Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(id)));

    private void Load()
    {
        if (file is null || !File.Exists(file))
        {
            return;
        }

        foreach (var line in File.ReadAllLines(file))
        {
            var parts = line.Split(' ');
            if (parts.Length == 3 && long.TryParse(parts[2], out var started))
            {
                sessions[parts[0]] = (parts[1], DateTimeOffset.FromUnixTimeSeconds(started));
            }
        }
    }

    private void Save()
    {
        if (file is null)
        {
            return;
        }

        lock (gate)
        {
            var now = clock.GetUtcNow();
            var lines = sessions.Where(s => s.Value.Started + MaxAge > now)
                .Select(s => $"{s.Key} {s.Value.User} {s.Value.Started.ToUnixTimeSeconds()}");
            var temporary = file + ".tmp";
            File.WriteAllLines(temporary, lines);
            File.Move(temporary, file, overwrite: true);
        }
    }
}
