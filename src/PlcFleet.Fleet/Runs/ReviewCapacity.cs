namespace PlcFleet.Fleet.Runs;

/// <summary>
/// How many more change requests the safety engineers can take: a run stops producing work for review when
/// the open change requests reach the limit. A site reserves a place before its agent starts (so parallel
/// sites cannot overshoot) and gives it back when it ends without a change request. Thread-safe.
/// </summary>
public sealed class ReviewCapacity
{
    private readonly Lock _gate = new();
    private int _inUse;

    public ReviewCapacity(int limit, int openNow)
    {
        ArgumentOutOfRangeException.ThrowIfNegative(limit);
        Limit = limit;
        _inUse = openNow;
    }

    public int Limit { get; }

    /// <summary>Open change requests plus places reserved by sites still running.</summary>
    public int InUse
    {
        get
        {
            lock (_gate)
            {
                return _inUse;
            }
        }
    }

    public bool TryReserve()
    {
        lock (_gate)
        {
            if (_inUse >= Limit)
            {
                return false;
            }

            _inUse++;
            return true;
        }
    }

    /// <summary>The site ended without a change request: its place is free again.</summary>
    public void Release()
    {
        lock (_gate)
        {
            if (_inUse > 0)
            {
                _inUse--;
            }
        }
    }

    public string WaitingReason => $"waiting for review capacity: {Limit} change requests open for review (limit --max-open-reviews {Limit})";
}
