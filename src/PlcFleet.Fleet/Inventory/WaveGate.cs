namespace PlcFleet.Fleet.Inventory;

/// <summary>When the next rollout wave may start after this one.</summary>
public enum WaveGate
{
    /// <summary>Every approved change of the wave is deployed and none was rolled back.</summary>
    AllDeployed,

    /// <summary>Every change of the wave is approved (deployment may still be pending).</summary>
    AllApproved,

    /// <summary>An engineer releases the next wave by hand.</summary>
    Manual,
}
