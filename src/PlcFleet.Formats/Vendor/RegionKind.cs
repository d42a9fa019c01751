namespace PlcFleet.Formats.Vendor;

/// <summary>What a region of a vendor file holds. Graphical and SCADA kinds join here as they are read.</summary>
public enum RegionKind
{
    /// <summary>ST declarations: a POU header with its VAR blocks, a TYPE, a global variable list.</summary>
    StDeclaration,

    /// <summary>ST statements: the body of a POU, method, property accessor, action, transition or routine.</summary>
    StBody,

    /// <summary>A whole text file of ST objects (CODESYS 2.3 export).</summary>
    StObjects,

    /// <summary>The neutral text of one ladder rung (Rockwell RLL): kept and editable, not compiled.</summary>
    LadderRungText,
}
