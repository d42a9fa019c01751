namespace PlcFleet.Simulation.Programs;

/// <summary>
/// The engineering range of a numeric signal (from a subrange type or a range pragma), used by the random input
/// generator so it only feeds values the plant can produce.
/// </summary>
public sealed record SignalRange(double Minimum, double Maximum)
{
    public bool Contains(double value) => value >= Minimum && value <= Maximum;

    public override string ToString() => $"{Minimum}..{Maximum}";
}
