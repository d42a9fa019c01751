namespace PlcFleet.Agents.Sessions;

public enum JudgeDecision
{
    Approve,
    Reject,
}
