namespace PlcFleet.Fleet.Inventory;

/// <summary>What the production line is doing now; migrations may refuse to target running lines.</summary>
public enum LineStatus
{
    Running,
    Maintenance,
    Stopped,
}
