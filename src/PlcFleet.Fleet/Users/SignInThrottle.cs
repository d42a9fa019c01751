using PlcFleet.Fleet.Audit;
using PlcFleet.Fleet.Store;
using PlcFleet.Fleet.Store.Records;

namespace PlcFleet.Fleet.Users;

/// <summary>
/// Rate limit and lockout for sign-in, per user name and per client address: after <see cref="MaxFailuresPerUser"/>
/// wrong passwords for one name (or <see cref="MaxFailuresPerAddress"/> from one address) within <see cref="Window"/>,
/// further attempts are refused for <see cref="Lockout"/> without checking the password, so guessing stays slow even
/// with the right password among the guesses. The counters live in the store, each change written together with the
/// audit record of the failure, so restarting the dashboard lifts no lockout. Names are counted by keyed hash only.
/// </summary>
public sealed class SignInThrottle(IFleetStore store, TimeProvider clock)
{
    public const int MaxFailuresPerUser = 5;
    public const int MaxFailuresPerAddress = 20;
    public static readonly TimeSpan Window = TimeSpan.FromMinutes(15);
    public static readonly TimeSpan Lockout = TimeSpan.FromMinutes(15);

    /// <summary>How long sign-in stays locked for this name or address; null when it is open.</summary>
    public async Task<TimeSpan?> LockedForAsync(string userName, string address, CancellationToken cancellationToken = default)
    {
        var now = clock.GetUtcNow();
        var counts = await store.SignInFailures.GetAsync([UserKey(userName), AddressKey(address)], cancellationToken).ConfigureAwait(false);
        var until = counts.Select(c => c.LockedUntil).Where(time => time > now).DefaultIfEmpty(null).Max();
        return until is { } end ? end - now : null;
    }

    /// <summary>
    /// Counts a failed attempt for the name and the address and appends <paramref name="audit"/> (told whether this
    /// failure locked either) in the same transaction; true when it locked the name or the address.
    /// </summary>
    public Task<bool> RecordFailureAsync(string userName, string address, Func<bool, AuditEntry> audit, CancellationToken cancellationToken = default)
    {
        var now = clock.GetUtcNow();
        return store.SignInFailures.RecordFailureAsync<bool>(
            [UserKey(userName), AddressKey(address)],
            now - Window - Lockout,
            counts =>
            {
                var user = Count(counts[0], UserKey(userName), MaxFailuresPerUser, now);
                var byAddress = Count(counts[1], AddressKey(address), MaxFailuresPerAddress, now);
                var locked = user.Locked || byAddress.Locked;
                return (new[] { user.Count, byAddress.Count }, audit(locked), locked);
            },
            cancellationToken);
    }

    /// <summary>A correct password clears the name's count (not the address's: other names may be under attack from it).</summary>
    public Task RecordSuccessAsync(string userName, CancellationToken cancellationToken = default) =>
        store.SignInFailures.ClearAsync(UserKey(userName), cancellationToken);

    private static (SignInFailureCount Count, bool Locked) Count(SignInFailureCount? old, string key, int max, DateTimeOffset now)
    {
        var count = old is null || old.Since + Window < now
            ? new SignInFailureCount(key, now, 1, old?.LockedUntil)
            : old with { Failures = old.Failures + 1 };
        if (count.Failures < max || count.LockedUntil > now)
        {
            return (count, false);
        }

        return (new SignInFailureCount(key, now, 0, now + Lockout), true);
    }

    private string UserKey(string userName) => "user:" + store.Audit.Pseudonym("sign-in counter", userName.Trim().ToUpperInvariant());

    private static string AddressKey(string address) => "address:" + address;
}
