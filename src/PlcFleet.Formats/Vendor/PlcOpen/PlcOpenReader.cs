using System.Xml.Linq;
using PlcFleet.Formats.Projects;

namespace PlcFleet.Formats.Vendor.PlcOpen;

/// <summary>
/// Reads PLCopen XML TC6 (<c>tc6_0200</c>, <c>tc6_0201</c>, and TC6 1.0 <c>tc6.xsd</c>, whose POUs, interfaces and bodies have the same shape) as CODESYS, Beremiz and OpenPLC write it: data types, POUs
/// with their interface, actions and bodies, and configurations with resources, tasks and global variables.
/// Declarations are XML, so the ST view synthesises them (each anchored at its XML element); ST bodies are copied
/// from their CDATA or escaped text; LD, FBD and SFC bodies are kept as their elements.
/// </summary>
internal static class PlcOpenReader
{
    private static readonly string[] KnownNamespaces = ["http://www.plcopen.org/xml/tc6_0200", "http://www.plcopen.org/xml/tc6_0201", "http://www.plcopen.org/xml/tc6.xsd"];

    private static readonly (string Element, string Block)[] VarSections =
    [
        ("inputVars", "VAR_INPUT"), ("outputVars", "VAR_OUTPUT"), ("inOutVars", "VAR_IN_OUT"), ("externalVars", "VAR_EXTERNAL"),
        ("globalVars", "VAR_GLOBAL"), ("accessVars", "VAR_ACCESS"), ("localVars", "VAR"), ("tempVars", "VAR_TEMP"),
    ];

    public static VendorDocument Read(string path, EncodedText file, XmlSource xml)
    {
        var reader = new Reader(xml);
        var document = xml.Load();
        if (document?.Root is { } root)
        {
            var ns = root.Name.NamespaceName;
            if (root.Name.LocalName != "project")
            {
                xml.Report(FormatDiagnostics.WrongDocument, xml.OffsetOf(root), $"not PLCopen XML: the root element is <{root.Name.LocalName}>, expected <project>");
            }
            else if (!KnownNamespaces.Contains(ns))
            {
                xml.Report(FormatDiagnostics.UnknownSchemaVersion, xml.OffsetOf(root),
                    $"PLCopen namespace '{ns}' is not a supported TC6 version (supported: {string.Join(", ", KnownNamespaces)})");
            }
            else
            {
                reader.ReadProject(root);
            }
        }

        return new VendorDocument(path, VendorFormat.PlcOpenXml, file, xml.Original, reader.Regions, reader.Objects, reader.Bodies,
            reader.View.IsEmpty ? null : reader.View.Build(), xml.Diagnostics);
    }

    private sealed class Reader(XmlSource xml)
    {
        public List<EmbeddedRegion> Regions { get; } = [];

        public List<VendorObject> Objects { get; } = [];

        public List<CodeBody> Bodies { get; } = [];

        public StViewBuilder View { get; } = new(xml.Original);

        public void ReadProject(XElement project)
        {
            foreach (var element in project.Descendants())
            {
                switch (element.Name.LocalName)
                {
                    case "dataType" when element.Parent?.Name.LocalName == "dataTypes":
                        DataType(element);
                        break;
                    case "pou" when element.Parent?.Name.LocalName == "pous":
                        Pou(element);
                        break;
                    case "configuration" or "resource":
                        Objects.Add(new VendorObject(element.Name.LocalName == "configuration" ? "Configuration" : "Resource", Name(element), xml.PositionOf(element)));
                        foreach (var list in element.Elements().Where(e => e.Name.LocalName == "globalVars"))
                        {
                            Variables(list, "VAR_GLOBAL");
                        }

                        break;
                    case "task":
                        Objects.Add(new VendorObject("Task", Name(element), xml.PositionOf(element)));
                        break;
                }
            }
        }

        private static string Name(XElement element) => (string?)element.Attribute("name") ?? "?";

        private void DataType(XElement dataType)
        {
            var name = Name(dataType);
            Objects.Add(new VendorObject("TYPE", name, xml.PositionOf(dataType)));
            var at = xml.OffsetOf(dataType);
            View.Generated($"\nTYPE {name} :\n{PlcOpenTypes.TypeOf(PlcOpenTypes.Child(dataType, "baseType"))}{PlcOpenTypes.InitialValue(PlcOpenTypes.Child(dataType, "initialValue"))};\nEND_TYPE\n", at);
        }

        private void Pou(XElement pou)
        {
            var name = Name(pou);
            var at = xml.OffsetOf(pou);
            var (keyword, end) = (string?)pou.Attribute("pouType") switch
            {
                "function" => ("FUNCTION", "END_FUNCTION"),
                "functionBlock" => ("FUNCTION_BLOCK", "END_FUNCTION_BLOCK"),
                _ => ("PROGRAM", "END_PROGRAM"),
            };
            Objects.Add(new VendorObject(keyword, name, xml.PositionOf(pou)));
            var pouInterface = PlcOpenTypes.Child(pou, "interface");
            var returnType = PlcOpenTypes.Child(pouInterface, "returnType");
            var extends = CodesysData(pou, "pouinheritance").Descendants().FirstOrDefault(e => e.Name.LocalName == "Extends")?.Value.Trim();
            View.Generated($"\n{keyword} {name}{(keyword == "FUNCTION" ? " : " + PlcOpenTypes.TypeOf(returnType) : "")}{(string.IsNullOrEmpty(extends) ? "" : " EXTENDS " + extends)}\n", at);
            Interface(pouInterface);
            foreach (var method in CodesysData(pou, "method").Where(e => e.Name.LocalName == "Method"))
            {
                Method(method, name);
            }

            foreach (var action in PlcOpenTypes.Child(pou, "actions")?.Elements().Where(e => e.Name.LocalName == "action") ?? [])
            {
                var actionName = Name(action);
                Objects.Add(new VendorObject("ACTION", $"{name}.{actionName}", xml.PositionOf(action)));
                View.Generated($"\nACTION {actionName}:\n", xml.OffsetOf(action));
                Body(PlcOpenTypes.Child(action, "body"), $"{name}.{actionName}", intoView: true);
                View.Generated("\nEND_ACTION\n", xml.OffsetOf(action));
            }

            foreach (var transition in PlcOpenTypes.Child(pou, "transitions")?.Elements().Where(e => e.Name.LocalName == "transition") ?? [])
            {
                Objects.Add(new VendorObject("TRANSITION", $"{name}.{Name(transition)}", xml.PositionOf(transition)));
                Body(PlcOpenTypes.Child(transition, "body"), $"{name}.{Name(transition)}", intoView: false);
            }

            View.Generated("\n", at);
            Body(PlcOpenTypes.Child(pou, "body"), name, intoView: true);
            View.Generated($"\n{end}\n", at);
        }

        /// <summary>The variable sections of an <c>interface</c>, each as its VAR block.</summary>
        private void Interface(XElement? pouInterface)
        {
            foreach (var section in pouInterface?.Elements() ?? [])
            {
                if (VarSections.FirstOrDefault(v => v.Element == section.Name.LocalName).Block is { } block)
                {
                    Variables(section, block);
                }
            }
        }

        /// <summary>
        /// The children of a POU's CODESYS extension data of one kind (<c>addData/data name=".../plcopenxml/method"</c>):
        /// CODESYS V3 stores methods, inheritance and attributes there, outside the TC6 schema.
        /// </summary>
        private static IEnumerable<XElement> CodesysData(XElement pou, string kind) =>
            PlcOpenTypes.Child(pou, "addData")?.Elements()
                .Where(d => d.Name.LocalName == "data" && ((string?)d.Attribute("name"))?.EndsWith("/plcopenxml/" + kind, StringComparison.Ordinal) == true)
                .SelectMany(d => d.Elements()) ?? [];

        /// <summary>A CODESYS method (from addData) as METHOD ... END_METHOD inside its function block, its body a region like any other.</summary>
        private void Method(XElement method, string pouName)
        {
            var name = $"{pouName}.{Name(method)}";
            var at = xml.OffsetOf(method);
            Objects.Add(new VendorObject("METHOD", name, xml.PositionOf(method)));
            var methodInterface = PlcOpenTypes.Child(method, "interface");
            var returnType = PlcOpenTypes.Child(methodInterface, "returnType");
            View.Generated($"\nMETHOD {Name(method)}{(returnType is null ? "" : " : " + PlcOpenTypes.TypeOf(returnType))}\n", at);
            Interface(methodInterface);
            View.Generated("\n", at);
            Body(PlcOpenTypes.Child(method, "body"), name, intoView: true);
            View.Generated("\nEND_METHOD\n", at);
        }

        private void Variables(XElement section, string block)
        {
            var at = xml.OffsetOf(section);
            var qualifiers = string.Concat(new[] { "constant", "retain", "persistent" }.Where(q => (string?)section.Attribute(q) == "true").Select(q => " " + q.ToUpperInvariant()));
            View.Generated($"{block}{qualifiers}\n", at);
            foreach (var variable in section.Elements().Where(e => e.Name.LocalName == "variable"))
            {
                var address = (string?)variable.Attribute("address") is { } located ? $" AT {located}" : "";
                View.Generated(
                    $"    {Name(variable)}{address} : {PlcOpenTypes.TypeOf(PlcOpenTypes.Child(variable, "type"))}{PlcOpenTypes.InitialValue(PlcOpenTypes.Child(variable, "initialValue"))};\n",
                    xml.OffsetOf(variable));
            }

            View.Generated("END_VAR\n", at);
        }

        /// <summary>A <c>body</c>: ST text (in <c>xhtml:p</c> or <c>xhtml</c>, CDATA or escaped) becomes regions; other languages are kept as elements.</summary>
        private void Body(XElement? body, string owner, bool intoView)
        {
            var language = body?.Elements().FirstOrDefault(e => e.Name.LocalName != "documentation");
            if (language is null)
            {
                return;
            }

            var position = xml.PositionOf(language);
            if (language.Name.LocalName == "ST")
            {
                var holders = language.Elements().ToList();
                foreach (var holder in holders.Count == 0 ? [language] : holders)
                {
                    foreach (var region in xml.CodeRegions(holder, RegionKind.StBody, owner))
                    {
                        Regions.Add(region);
                        Bodies.Add(new StCodeBody(owner, position, region));
                        if (intoView)
                        {
                            View.Region(region);
                            View.Generated("\n", region.End);
                        }
                    }
                }

                return;
            }

            Bodies.Add(GraphicalBodies.From(xml, owner, language));
        }
    }
}
