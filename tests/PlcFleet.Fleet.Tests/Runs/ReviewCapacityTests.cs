using PlcFleet.Fleet.Runs;

namespace PlcFleet.Fleet.Tests.Runs;

public sealed class ReviewCapacityTests
{
    [Fact]
    public void Reservations_stop_at_the_limit_counting_already_open_change_requests()
    {
        var capacity = new ReviewCapacity(limit: 3, openNow: 1);
        Assert.True(capacity.TryReserve());
        Assert.True(capacity.TryReserve());
        Assert.False(capacity.TryReserve());
        Assert.Equal(3, capacity.InUse);
    }

    [Fact]
    public void A_site_without_a_change_request_gives_its_place_back()
    {
        var capacity = new ReviewCapacity(limit: 1, openNow: 0);
        Assert.True(capacity.TryReserve());
        Assert.False(capacity.TryReserve());
        capacity.Release();
        Assert.True(capacity.TryReserve());
    }

    [Fact]
    public void A_full_review_queue_lets_no_site_start()
    {
        var capacity = new ReviewCapacity(limit: 20, openNow: 25);
        Assert.False(capacity.TryReserve());
        Assert.Contains("20 change requests open", capacity.WaitingReason);
    }

    [Fact]
    public void Parallel_sites_never_overshoot_the_limit()
    {
        var capacity = new ReviewCapacity(limit: 7, openNow: 2);
        var granted = 0;
        Parallel.For(0, 200, _ =>
        {
            if (capacity.TryReserve())
            {
                Interlocked.Increment(ref granted);
            }
        });
        Assert.Equal(5, granted);
    }
}
