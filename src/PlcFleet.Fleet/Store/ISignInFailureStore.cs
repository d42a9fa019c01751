using PlcFleet.Fleet.Audit;
using PlcFleet.Fleet.Store.Records;

namespace PlcFleet.Fleet.Store;

/// <summary>The sign-in failure counters; a counter changes only together with the audit record of the failure.</summary>
public interface ISignInFailureStore
{
    /// <summary>The counters with these keys that exist.</summary>
    Task<IReadOnlyList<SignInFailureCount>> GetAsync(IReadOnlyList<string> keys, CancellationToken cancellationToken = default);

    /// <summary>
    /// In one transaction: drops counters that ended before <paramref name="staleBefore"/> and are not locked then,
    /// reads the counters named by <paramref name="keys"/> (null where none exists), writes the counters
    /// <paramref name="decide"/> returns and appends its audit record.
    /// </summary>
    Task<T> RecordFailureAsync<T>(
        IReadOnlyList<string> keys,
        DateTimeOffset staleBefore,
        Func<IReadOnlyList<SignInFailureCount?>, (IReadOnlyList<SignInFailureCount> Counts, AuditEntry Audit, T Result)> decide,
        CancellationToken cancellationToken = default);

    /// <summary>Removes one counter (a correct password clears the user's count).</summary>
    Task ClearAsync(string key, CancellationToken cancellationToken = default);
}
