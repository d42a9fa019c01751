namespace PlcFleet.Agents.Sessions;

/// <summary>What ended a session that did not finish normally.</summary>
public enum SessionEndReason
{
    Finished,
    TurnLimit,
    AttemptLimit,
    TokenLimit,
    CostLimit,
    TimeLimit,
    Loop,
    ProviderError,
    Escalated,
}
