using System.Net.Http.Headers;

namespace PlcFleet.Agents.Providers;

/// <summary>How long to wait before the next try: the server's Retry-After when given, else exponential back-off with jitter.</summary>
public static class RetryDelay
{
    /// <summary>Retry-After as seconds or as an HTTP-date; null when absent or unusable.</summary>
    public static TimeSpan? FromRetryAfter(RetryConditionHeaderValue? header, DateTimeOffset now)
    {
        if (header is null)
        {
            return null;
        }

        if (header.Delta is { } delta)
        {
            return delta < TimeSpan.Zero ? TimeSpan.Zero : delta;
        }

        if (header.Date is { } date)
        {
            var wait = date - now;
            return wait < TimeSpan.Zero ? TimeSpan.Zero : wait;
        }

        return null;
    }

    /// <summary>base * 2^retry, plus up to 25% jitter so many sessions do not retry in lock-step.</summary>
    public static TimeSpan Backoff(int retry, TimeSpan baseDelay, double jitterFraction)
    {
        var exponential = baseDelay.TotalMilliseconds * Math.Pow(2, retry);
        return TimeSpan.FromMilliseconds(exponential * (1 + (0.25 * Math.Clamp(jitterFraction, 0, 1))));
    }

    public static TimeSpan Cap(TimeSpan delay, TimeSpan max) => delay > max ? max : delay;
}
