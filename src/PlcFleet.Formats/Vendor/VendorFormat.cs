namespace PlcFleet.Formats.Vendor;

/// <summary>The engineering-tool file formats PlcFleet reads and writes back byte for byte.</summary>
public enum VendorFormat
{
    /// <summary>TwinCAT 3 <c>.TcPOU .TcDUT .TcGVL .TcIO</c>.</summary>
    TwinCat,

    /// <summary>TwinCAT 3 <c>.plcproj</c>: which files make up the PLC project, which libraries it references.</summary>
    TwinCatProject,

    /// <summary>PLCopen XML TC6 (<c>tc6_0200</c>, <c>tc6_0201</c>) from CODESYS, Beremiz, OpenPLC.</summary>
    PlcOpenXml,

    /// <summary>CODESYS 2.3 text export (<c>.EXP</c>, Windows-1252).</summary>
    CodesysExport,

    /// <summary>Rockwell Studio 5000 / RSLogix 5000 XML export (<c>.L5X</c>).</summary>
    RockwellL5x,

    /// <summary>Rockwell RSLogix 5000 / Studio 5000 text export (<c>.L5K</c>).</summary>
    RockwellL5k,

    /// <summary>Siemens SCL declaration sources: UDT (<c>.udt</c>) and data block (<c>.db</c>) sources, read by the SCL front end.</summary>
    SiemensSource,

    /// <summary>Siemens STL/AWL source (<c>.awl</c>): kept byte for byte with its blocks listed; not compiled.</summary>
    SiemensStl,
}
