namespace PlcFleet.Agents.Sessions;

/// <summary>Last gate after all deterministic verifiers passed; it can veto but never overrule a failing verifier.</summary>
public interface IChangeJudge
{
    Task<JudgeVerdict> JudgeAsync(JudgeRequest request, CancellationToken cancellationToken);
}
