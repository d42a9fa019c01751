using PlcFleet.StructuredText.Text;

namespace PlcFleet.Simulation.Scenarios;

/// <summary>Whether an invariant's expression must never or always hold.</summary>
public enum InvariantKind
{
    Never,
    Always,
}

/// <summary>An ST boolean expression checked after every scan in [From, To] (the whole run by default).</summary>
public sealed record ScenarioInvariant(InvariantKind Kind, string Expression, TimeSpan? From, TimeSpan? To, TextSpan Span, TextSpan ExpressionSpan)
{
    public bool AppliesAt(TimeSpan time) => (From is null || time >= From) && (To is null || time <= To);

    public override string ToString() => $"{Kind.ToString().ToLowerInvariant()}: {Expression}";
}
