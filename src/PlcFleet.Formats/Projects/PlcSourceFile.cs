using PlcFleet.Formats.Vendor;
using PlcFleet.StructuredText.Syntax;

namespace PlcFleet.Formats.Projects;

/// <summary>
/// One file of PLC code in a project, parsed in the dialect its folder or extension calls for. For a vendor file
/// (TwinCAT, PLCopen XML, .EXP, L5X) the tree is of the file's ST view, positioned in the file, and
/// <see cref="Vendor"/> holds the file as read so edits go back to its bytes.
/// </summary>
public sealed record PlcSourceFile(string RelativePath, SyntaxTree Syntax, VendorDocument? Vendor = null)
{
    public Dialect Dialect => Syntax.Dialect;
}
