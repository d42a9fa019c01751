using PlcFleet.Fleet.Store.Records;

namespace PlcFleet.Fleet.Rollout;

/// <summary>The outcome of a rollout action: refused with a reason, or done with what was recorded.</summary>
public sealed record RolloutResult(string? Refusal, string Message, DeploymentRecord? Deployment = null)
{
    public bool Succeeded => Refusal is null;

    public static RolloutResult Refused(string reason) => new(reason, reason);

    public static RolloutResult Done(string message, DeploymentRecord? deployment = null) => new(null, message, deployment);
}
