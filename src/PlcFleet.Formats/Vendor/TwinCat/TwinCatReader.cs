using System.Xml.Linq;
using PlcFleet.Formats.Projects;
using PlcFleet.StructuredText.Diagnostics;
using PlcFleet.StructuredText.Syntax;

namespace PlcFleet.Formats.Vendor.TwinCat;

/// <summary>
/// Reads TwinCAT 3 <c>.TcPOU .TcDUT .TcGVL .TcIO</c>: a <c>TcPlcObject</c> with one POU, DUT, GVL or interface whose
/// declaration and implementations are ST in CDATA. Methods, properties (Get/Set), actions and transitions are members.
/// </summary>
internal static class TwinCatReader
{
    private static readonly HashSet<string> KnownVersions = ["1.1.0.1"];

    public static VendorDocument Read(string path, EncodedText file, XmlSource xml)
    {
        var regions = new List<EmbeddedRegion>();
        var objects = new List<VendorObject>();
        var bodies = new List<CodeBody>();
        var view = new StViewBuilder(xml.Original);
        var document = xml.Load();
        var root = document?.Root;
        if (document is not null && root?.Name.LocalName != "TcPlcObject")
        {
            xml.Report(FormatDiagnostics.WrongDocument, root is null ? 0 : xml.OffsetOf(root), $"not a TwinCAT file: the root element is <{root?.Name.LocalName}>, expected <TcPlcObject>");
        }
        else if (root is not null)
        {
            var version = (string?)root.Attribute("Version");
            if (version is null || !KnownVersions.Contains(version))
            {
                xml.Report(FormatDiagnostics.UnknownSchemaVersion, xml.OffsetOf(root),
                    $"TcPlcObject Version '{version}' is not one PlcFleet has been checked against (known: {string.Join(", ", KnownVersions)}); read as 1.1.0.1",
                    DiagnosticSeverity.Warning);
            }

            var reader = new Reader(xml, regions, objects, bodies, view);
            foreach (var element in root.Elements())
            {
                reader.ReadObject(element);
            }
        }

        return new VendorDocument(path, VendorFormat.TwinCat, file, xml.Original, regions, objects, bodies, view.IsEmpty ? null : view.Build(), xml.Diagnostics);
    }

    private sealed class Reader(XmlSource xml, List<EmbeddedRegion> regions, List<VendorObject> objects, List<CodeBody> bodies, StViewBuilder view)
    {
        public void ReadObject(XElement element)
        {
            var name = (string?)element.Attribute("Name") ?? "?";
            switch (element.Name.LocalName)
            {
                case "POU" or "Itf":
                    ReadPou(element, name);
                    break;
                case "DUT" or "GVL":
                    var declaration = Declaration(element, name, element.Name.LocalName);
                    objects.Add(new VendorObject(element.Name.LocalName, name, xml.PositionOf(element)));
                    declaration.ForEach(view.Region);
                    view.Generated("\n", xml.OffsetOf(element));
                    break;
            }
        }

        private void ReadPou(XElement pou, string name)
        {
            var declaration = Declaration(pou, name, pou.Name.LocalName);
            var keyword = declaration.Count > 0 ? DeclarationKeyword.Of(declaration[0].Content) : SyntaxKind.EndOfFileToken;
            objects.Add(new VendorObject(DeclarationKeyword.Name(keyword), name, xml.PositionOf(pou)));
            declaration.ForEach(view.Region);
            var anchor = xml.OffsetOf(pou);
            view.Generated("\n", anchor);

            foreach (var member in pou.Elements())
            {
                var memberName = $"{name}.{(string?)member.Attribute("Name")}";
                var at = xml.OffsetOf(member);
                switch (member.Name.LocalName)
                {
                    case "Method":
                        objects.Add(new VendorObject("METHOD", memberName, xml.PositionOf(member)));
                        Declaration(member, memberName, "Method").ForEach(view.Region);
                        view.Generated("\n", at);
                        Implementation(member, memberName);
                        view.Generated("\nEND_METHOD\n", at);
                        break;
                    case "Property":
                        objects.Add(new VendorObject("PROPERTY", memberName, xml.PositionOf(member)));
                        Declaration(member, memberName, "Property").ForEach(view.Region);
                        view.Generated("\n", at);
                        foreach (var accessor in member.Elements().Where(e => e.Name.LocalName is "Get" or "Set"))
                        {
                            var word = accessor.Name.LocalName.ToUpperInvariant();
                            var accessorAt = xml.OffsetOf(accessor);
                            view.Generated($"\n{word}\n", accessorAt);
                            Declaration(accessor, $"{memberName}.{accessor.Name.LocalName}", null).ForEach(view.Region);
                            view.Generated("\n", accessorAt);
                            Implementation(accessor, $"{memberName}.{accessor.Name.LocalName}");
                            view.Generated($"\nEND_{word}\n", accessorAt);
                        }

                        view.Generated("\nEND_PROPERTY\n", at);
                        break;
                    case "Action":
                        objects.Add(new VendorObject("ACTION", memberName, xml.PositionOf(member)));
                        view.Generated($"\nACTION {member.Attribute("Name")?.Value}:\n", at);
                        Implementation(member, memberName);
                        view.Generated("\nEND_ACTION\n", at);
                        break;
                    case "Transition":
                        // SFC transitions are conditions of a chart PlcFleet does not run: kept as regions and model only.
                        objects.Add(new VendorObject("TRANSITION", memberName, xml.PositionOf(member)));
                        Implementation(member, memberName, intoView: false);
                        break;
                }
            }

            Implementation(pou, name);
            if (DeclarationKeyword.EndOf(keyword) is { } end)
            {
                view.Generated($"\n{end}\n", anchor);
            }
        }

        /// <summary>The ST regions of a <c>Declaration</c> child; an object without one gets a PF0104 (a POU cannot be compiled without its header).</summary>
        private List<EmbeddedRegion> Declaration(XElement owner, string name, string? required)
        {
            var element = owner.Elements().FirstOrDefault(e => e.Name.LocalName == "Declaration");
            if (element is null && required is not null)
            {
                xml.Report(FormatDiagnostics.MissingPart, xml.OffsetOf(owner), $"{required} '{name}' has no <Declaration>");
            }

            var found = xml.CodeRegions(element, RegionKind.StDeclaration, name);
            regions.AddRange(found);
            return found;
        }

        private void Implementation(XElement owner, string name, bool intoView = true)
        {
            var implementation = owner.Elements().FirstOrDefault(e => e.Name.LocalName == "Implementation");
            var language = implementation?.Elements().FirstOrDefault();
            if (language is null)
            {
                return;
            }

            var position = xml.PositionOf(language);
            if (language.Name.LocalName == "ST")
            {
                foreach (var region in xml.CodeRegions(language, RegionKind.StBody, name))
                {
                    regions.Add(region);
                    bodies.Add(new StCodeBody(name, position, region));
                    if (intoView)
                    {
                        view.Region(region);
                    }
                }

                return;
            }

            bodies.Add(GraphicalBodies.From(xml, name, language));
        }
    }
}
