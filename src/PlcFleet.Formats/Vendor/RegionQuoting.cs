namespace PlcFleet.Formats.Vendor;

/// <summary>How the code of a region is written in its file, which decides how an edit is written back.</summary>
public enum RegionQuoting
{
    /// <summary>Inside <c>&lt;![CDATA[ ... ]]&gt;</c>: written as is (a <c>]]&gt;</c> in new code is split across two sections).</summary>
    Cdata,

    /// <summary>XML character data: <c>&lt; &gt; &amp;</c> are written as entities.</summary>
    XmlEscaped,

    /// <summary>A text file's own characters (CODESYS .EXP, Siemens sources).</summary>
    Plain,
}
