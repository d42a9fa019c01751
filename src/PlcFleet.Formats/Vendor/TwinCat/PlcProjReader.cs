
namespace PlcFleet.Formats.Vendor.TwinCat;

/// <summary>
/// Reads a TwinCAT <c>.plcproj</c> (MSBuild XML): the files it compiles (<c>Compile Include</c>) and the libraries it
/// references (<c>PlaceholderReference</c>, <c>LibraryReference</c>). It holds no code, so it has no regions.
/// </summary>
internal static class PlcProjReader
{
    public static VendorDocument Read(string path, EncodedText file, XmlSource xml)
    {
        var objects = new List<VendorObject>();
        var document = xml.Load();
        if (document?.Root is { } root)
        {
            if (root.Name.LocalName != "Project")
            {
                xml.Report(Projects.FormatDiagnostics.WrongDocument, xml.OffsetOf(root), $"not a .plcproj: the root element is <{root.Name.LocalName}>, expected <Project>");
            }

            foreach (var item in root.Descendants())
            {
                var include = (string?)item.Attribute("Include");
                var kind = item.Name.LocalName switch
                {
                    "Compile" => "File",
                    "PlaceholderReference" or "LibraryReference" => "Library",
                    _ => null,
                };
                if (kind is not null && include is not null)
                {
                    objects.Add(new VendorObject(kind, include.Replace('\\', '/'), xml.PositionOf(item)));
                }
            }
        }

        return new VendorDocument(path, VendorFormat.TwinCatProject, file, xml.Original, [], objects, [], null, xml.Diagnostics);
    }
}
