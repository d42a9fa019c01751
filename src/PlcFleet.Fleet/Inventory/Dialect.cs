namespace PlcFleet.Fleet.Inventory;

/// <summary>The Structured Text dialect the site's code is written in.</summary>
public enum Dialect
{
    Codesys,
    Iec,
    Scl,
}
