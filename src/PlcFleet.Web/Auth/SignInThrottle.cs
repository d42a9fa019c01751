using System.Collections.Concurrent;

namespace PlcFleet.Web.Auth;

/// <summary>
/// Rate limit and lockout for dashboard sign-in, per user name and per client address: after
/// <see cref="MaxFailuresPerUser"/> wrong passwords for one name (or <see cref="MaxFailuresPerAddress"/> from one
/// address) within <see cref="Window"/>, further attempts are refused for <see cref="Lockout"/> without checking
/// the password, so guessing stays slow even with the right password among the guesses. Kept in memory: a restart
/// clears it, which an attacker cannot trigger from the sign-in form.
/// </summary>
public sealed class SignInThrottle(TimeProvider clock)
{
    public const int MaxFailuresPerUser = 5;
    public const int MaxFailuresPerAddress = 20;
    public static readonly TimeSpan Window = TimeSpan.FromMinutes(15);
    public static readonly TimeSpan Lockout = TimeSpan.FromMinutes(15);

    /// <summary>Bounds memory when someone sprays random names: expired entries go first.</summary>
    private const int MaxTracked = 10_000;

    private readonly ConcurrentDictionary<string, Failures> failures = new(StringComparer.Ordinal);

    /// <summary>How long sign-in stays locked for this name or address; null when it is open.</summary>
    public TimeSpan? LockedFor(string userName, string address)
    {
        var now = clock.GetUtcNow();
        var until = new[] { UserKey(userName), AddressKey(address) }
            .Select(key => failures.TryGetValue(key, out var entry) ? entry.LockedUntil : null)
            .Where(time => time > now)
            .DefaultIfEmpty(null)
            .Max();
        return until is { } end ? end - now : null;
    }

    /// <summary>Counts a failed attempt; true when it locks the name or the address.</summary>
    public bool RecordFailure(string userName, string address)
    {
        Prune();
        var now = clock.GetUtcNow();
        var lockedUser = Count(UserKey(userName), MaxFailuresPerUser, now);
        var lockedAddress = Count(AddressKey(address), MaxFailuresPerAddress, now);
        return lockedUser || lockedAddress;
    }

    /// <summary>A correct password clears the name's count (not the address's: other names may be under attack from it).</summary>
    public void RecordSuccess(string userName) => failures.TryRemove(UserKey(userName), out _);

    private bool Count(string key, int max, DateTimeOffset now)
    {
        var entry = failures.AddOrUpdate(key,
            _ => new Failures(now, 1, null),
            (_, old) => old.Since + Window < now ? new Failures(now, 1, null) : old with { Count = old.Count + 1 });
        if (entry.Count < max || entry.LockedUntil > now)
        {
            return false;
        }

        failures[key] = entry with { LockedUntil = now + Lockout, Count = 0, Since = now };
        return true;
    }

    private void Prune()
    {
        if (failures.Count < MaxTracked)
        {
            return;
        }

        var now = clock.GetUtcNow();
        foreach (var (key, entry) in failures)
        {
            if (entry.Since + Window < now && !(entry.LockedUntil > now))
            {
                failures.TryRemove(key, out _);
            }
        }
    }

    private static string UserKey(string userName) => "user:" + userName.Trim().ToUpperInvariant();

    private static string AddressKey(string address) => "address:" + address;

    private sealed record Failures(DateTimeOffset Since, int Count, DateTimeOffset? LockedUntil);
}
