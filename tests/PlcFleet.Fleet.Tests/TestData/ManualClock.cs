namespace PlcFleet.Fleet.Tests.TestData;

/// <summary>A clock the test moves by hand, so stored times are exact.</summary>
public sealed class ManualClock(DateTimeOffset start) : TimeProvider
{
    private DateTimeOffset _now = start;

    public override DateTimeOffset GetUtcNow() => _now;

    public void Advance(TimeSpan by) => _now += by;
}
