using System.Xml;
using PlcFleet.Formats.Projects;
using PlcFleet.StructuredText.Diagnostics;
using PlcFleet.StructuredText.Text;

namespace PlcFleet.Formats.Vendor.Rockwell;

/// <summary>
/// Reads a Rockwell <c>.L5X</c> in one streaming pass (a controller export can be tens of megabytes): data types,
/// controller tags, programs with their tags and routines, add-on instructions. ST routines (one CDATA per
/// <c>Line</c>) become regions and the ST view; ladder rungs are kept as rung text and instructions.
/// </summary>
/// <remarks>
/// The ST view declares what Logix keeps outside the code: controller tags as VAR_GLOBAL, program tags as the program's
/// VAR, each AOI as a FUNCTION_BLOCK with its parameters, each program's main ST routine as its body and its other ST
/// routines as actions.
/// </remarks>
internal static class L5xReader
{
    private static readonly HashSet<string> KnownSchemaRevisions = ["1.0"];

    public static VendorDocument Read(string path, EncodedText file, XmlSource xml)
    {
        var state = new State(xml);
        try
        {
            using var reader = XmlReader.Create(new StringReader(xml.Original.Text), XmlSource.Settings);
            state.Run(reader);
        }
        catch (XmlException e)
        {
            xml.ReportXmlError(e);
        }

        return new VendorDocument(path, VendorFormat.RockwellL5x, file, xml.Original, state.Regions, state.Objects, state.Bodies,
            state.View.IsEmpty ? null : state.View.Build(), xml.Diagnostics);
    }

    private sealed class State(XmlSource xml)
    {
        private readonly List<string> _stack = [];
        private readonly List<LogixVariable> _globals = [];
        private LogixContainer? _container;
        private (string Name, int Anchor, List<(string Member, int Anchor)> Members)? _dataType;
        private (string Owner, int Anchor, List<EmbeddedRegion> Lines)? _stRoutine;
        private (string Owner, LinePosition Position, List<LadderRung> Rungs)? _ladder;
        private (int Number, string? Comment, EmbeddedRegion? Text)? _rung;
        private (string Owner, LinePosition Position, GraphicalLanguage Language, List<GraphicalElement> Elements)? _graphical;
        private (List<LogixVariable> List, int Index, List<string> Members)? _tagData;
        private int _globalsAnchor;

        public List<EmbeddedRegion> Regions { get; } = [];

        public List<VendorObject> Objects { get; } = [];

        public List<CodeBody> Bodies { get; } = [];

        private readonly LogixView _view = new(xml.Original);

        public StViewBuilder View => _view.View;

        public void Run(XmlReader reader)
        {
            var info = (IXmlLineInfo)reader;
            while (reader.Read())
            {
                switch (reader.NodeType)
                {
                    case XmlNodeType.Element:
                        var name = reader.LocalName;
                        var empty = reader.IsEmptyElement;
                        Start(reader, info, name);
                        if (empty)
                        {
                            End(name);
                        }
                        else
                        {
                            _stack.Add(name);
                        }

                        break;
                    case XmlNodeType.EndElement:
                        _stack.RemoveAt(_stack.Count - 1);
                        End(reader.LocalName);
                        break;
                    case XmlNodeType.CDATA:
                        Code(xml.OffsetOf(info));
                        break;
                }
            }
        }

        private string Parent(int up = 1) => _stack.Count >= up ? _stack[^up] : "";

        private void Start(XmlReader reader, IXmlLineInfo info, string name)
        {
            var at = xml.OffsetOf(info);
            var position = new LinePosition(info.LineNumber, info.LinePosition);
            switch (name)
            {
                case "RSLogix5000Content":
                    var revision = reader.GetAttribute("SchemaRevision");
                    if (revision is null || !KnownSchemaRevisions.Contains(revision))
                    {
                        xml.Report(FormatDiagnostics.UnknownSchemaVersion, at,
                            $"L5X SchemaRevision '{revision}' is not one PlcFleet has been checked against (known: {string.Join(", ", KnownSchemaRevisions)})",
                            DiagnosticSeverity.Warning);
                    }

                    break;
                case "DataType" when Parent() == "DataTypes":
                    _dataType = (reader.GetAttribute("Name") ?? "?", at, []);
                    Objects.Add(new VendorObject("DataType", _dataType.Value.Name, position));
                    break;
                case "Member" when _dataType is { } type && Parent() == "Members" && reader.GetAttribute("Hidden") != "true":
                    if (LogixTypes.ToSt(reader.GetAttribute("DataType"), reader.GetAttribute("Dimension")) is { } memberType)
                    {
                        type.Members.Add(($"{reader.GetAttribute("Name")} : {memberType};", at));
                    }

                    break;
                case "Tags" when Parent() == "Controller":
                    _globalsAnchor = at;
                    break;
                case "Tag" when Parent() == "Tags" || Parent() == "LocalTags":
                case "LocalTag" when Parent() == "LocalTags":
                case "Parameter" when Parent() == "Parameters":
                    Tag(reader, name, at, position);
                    break;
                case "Program" when Parent() == "Programs":
                case "AddOnInstructionDefinition" when Parent() == "AddOnInstructionDefinitions":
                    var containerName = reader.GetAttribute("Name") ?? "?";
                    _container = new LogixContainer(name != "Program", containerName, at, name == "Program" ? reader.GetAttribute("MainRoutineName") : "Logic");
                    Objects.Add(new VendorObject(name == "Program" ? "Program" : "AddOnInstruction", containerName, position));
                    break;
                case "Routine" when _container is not null:
                    var routine = reader.GetAttribute("Name") ?? "?";
                    var routineType = reader.GetAttribute("Type") ?? "?";
                    var owner = $"{_container.Name}/{routine}";
                    Objects.Add(new VendorObject($"Routine ({routineType})", owner, position));
                    if (routineType == "ST")
                    {
                        _stRoutine = (owner, at, []);
                        _container.StRoutines.Add((routine, at, _stRoutine.Value.Lines));
                    }
                    else if (routineType == "RLL")
                    {
                        _ladder = (owner, position, []);
                    }
                    else
                    {
                        var language = routineType == "SFC" ? GraphicalLanguage.SequentialFunctionChart : GraphicalLanguage.FunctionBlockDiagram;
                        _graphical = (owner, position, language, []);
                    }

                    break;
                case "Rung" when _ladder is not null:
                    _rung = (int.TryParse(reader.GetAttribute("Number"), out var number) ? number : _ladder.Value.Rungs.Count, null, null);
                    break;
                case "DataValue" when Parent() is "Data" or "DefaultData":
                case "DataValueMember" when Parent() == "Structure" && Parent(2) is "Data" or "DefaultData":
                    TagValue(reader, name);
                    break;
                case "Task":
                    Objects.Add(new VendorObject("Task", reader.GetAttribute("Name") ?? "?", position));
                    break;
                default:
                    if (_graphical is { } chart && reader.HasAttributes && name is not ("Sheet" or "FBDContent" or "SFCContent" or "Description"))
                    {
                        var text = string.Join(" ", new[] { "Type", "Name", "Operand", "Operator" }.Select(reader.GetAttribute).Where(v => !string.IsNullOrEmpty(v)));
                        chart.Elements.Add(new GraphicalElement(name, reader.GetAttribute("ID"), text, position));
                    }

                    break;
            }
        }

        private void Tag(XmlReader reader, string element, int at, LinePosition position)
        {
            var tagName = reader.GetAttribute("Name") ?? "?";
            var type = LogixTypes.ToSt(reader.GetAttribute("DataType"), reader.GetAttribute("Dimensions") ?? reader.GetAttribute("Dimension"));
            var usage = element == "Parameter" ? reader.GetAttribute("Usage") ?? "Input" : "Local";
            if (element == "Tag" && _container is null)
            {
                Objects.Add(new VendorObject("Tag", tagName, position));
            }

            var located = "";
            if (reader.GetAttribute("TagType") == "Alias")
            {
                // An alias of one bit of a module's input or output image is a located BOOL: the PLC's I/O for the simulator
                // and the equivalence check. Other aliases and module-defined types have no ST declaration; a routine using
                // them gets a binder error naming the tag.
                (type, located) = LogixTypes.IoAlias(reader.GetAttribute("AliasFor")) is { } direction ? ("BOOL", $" AT %{direction}*") : (null, "");
            }

            if (type is null)
            {
                return;
            }

            var declaration = new LogixVariable($"{tagName}{located} : {type}", at, usage);
            var list = _container is null ? _globals : _container.Variables;
            if (!(element == "LocalTag" && list.Any(v => v.Declaration.StartsWith(tagName + " ", StringComparison.OrdinalIgnoreCase))))
            {
                list.Add(declaration);
                _tagData = (list, list.Count - 1, []);
            }
        }

        /// <summary>
        /// The tag's stored value (decorated data: <c>DataValue</c>, or the <c>DataValueMember</c>s of a structure) becomes
        /// its ST initial value: the value the controller starts with after a download.
        /// </summary>
        private void TagValue(XmlReader reader, string element)
        {
            if (_tagData is not { } data || reader.GetAttribute("Value") is not { } raw || LogixTypes.Literal(reader.GetAttribute("DataType"), raw) is not { } value)
            {
                return;
            }

            var variable = data.List[data.Index];
            if (element == "DataValue")
            {
                data.List[data.Index] = variable with { Initial = value };
            }
            else if (reader.GetAttribute("Name") is { } member)
            {
                data.Members.Add($"{member} := {value}");
                data.List[data.Index] = variable with { Initial = $"({string.Join(", ", data.Members)})" };
            }
        }

        private void Code(int start)
        {
            var end = xml.Original.Text.IndexOf("]]>", start, StringComparison.Ordinal);
            var length = (end < 0 ? xml.Original.Length : end) - start;
            var element = Parent();
            if (element == "Line" && _stRoutine is { } routine)
            {
                var region = EmbeddedRegion.Read(RegionKind.StBody, routine.Owner, xml.Original.Text, start, length, RegionQuoting.Cdata);
                Regions.Add(region);
                routine.Lines.Add(region);
                Bodies.Add(new StCodeBody(routine.Owner, xml.Original.GetLinePosition(start), region));
            }
            else if (element == "Text" && _rung is { } rung && _ladder is { } ladder)
            {
                var region = EmbeddedRegion.Read(RegionKind.LadderRungText, $"{ladder.Owner}/Rung {rung.Number}", xml.Original.Text, start, length, RegionQuoting.Cdata);
                Regions.Add(region);
                _rung = rung with { Text = region };
            }
            else if (element == "Comment" && _rung is { } commented)
            {
                _rung = commented with { Comment = xml.Original.Text.Substring(start, length) };
            }
        }

        private void End(string name)
        {
            switch (name)
            {
                case "DataType" when _dataType is { } type:
                    _view.Type(type.Name, type.Anchor, type.Members);
                    _dataType = null;
                    break;
                case "Tags" when _container is null && _globals.Count > 0:
                    _view.Globals([.. _globals], _globalsAnchor);
                    _globals.Clear();
                    break;
                case "Routine":
                    _stRoutine = null;
                    if (_ladder is { } routine)
                    {
                        Bodies.Add(new LadderCodeBody(routine.Owner, routine.Position, routine.Rungs));
                        _ladder = null;
                    }

                    if (_graphical is { } chart)
                    {
                        Bodies.Add(new GraphicalCodeBody(chart.Owner, chart.Position, chart.Language, chart.Elements));
                        _graphical = null;
                    }

                    break;
                case "Rung" when _rung is { } rung && _ladder is { } ladder:
                    var text = rung.Text?.Content ?? "";
                    ladder.Rungs.Add(new LadderRung(rung.Number, text, rung.Comment, rung.Text, LadderRungText.Parse(text) ?? []));
                    _rung = null;
                    break;
                case "Tag" or "LocalTag" or "Parameter":
                    _tagData = null;
                    break;
                case "Program" or "AddOnInstructionDefinition" when _container is not null:
                    _view.Container(_container);
                    _container = null;
                    break;
            }
        }
    }
}
