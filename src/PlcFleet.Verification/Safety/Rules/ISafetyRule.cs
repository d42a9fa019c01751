namespace PlcFleet.Verification.Safety.Rules;

/// <summary>One safety rule over a before/after comparison.</summary>
public interface ISafetyRule
{
    /// <summary>SAF001...</summary>
    string Id { get; }

    /// <summary>What the rule guards against, for <c>plcfleet safety show</c> and reports.</summary>
    string Title { get; }

    IEnumerable<SafetyFinding> Check(SafetyComparison comparison);
}
