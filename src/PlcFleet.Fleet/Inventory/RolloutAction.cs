namespace PlcFleet.Fleet.Inventory;

/// <summary>What moves code towards a line: starting a wave, deploying a change, rolling one back.</summary>
public enum RolloutAction
{
    StartWave,
    Deploy,
    Rollback,
}
