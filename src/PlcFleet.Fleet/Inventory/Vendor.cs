namespace PlcFleet.Fleet.Inventory;

/// <summary>The PLC vendor whose engineering tool owns the site's project.</summary>
public enum Vendor
{
    Codesys,
    Twincat,
    Siemens,
    Rockwell,
    Generic,
}
