namespace PlcFleet.Agents.Sessions;

public enum SessionOutcome
{
    ChangedAndVerified,
    NoChangeNeeded,
    FailedVerification,
    VetoedByJudge,
    Error,
}
