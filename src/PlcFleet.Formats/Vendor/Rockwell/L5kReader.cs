using System.Text.RegularExpressions;
using PlcFleet.Formats.Projects;
using PlcFleet.StructuredText.Diagnostics;
using PlcFleet.StructuredText.Text;

namespace PlcFleet.Formats.Vendor.Rockwell;

/// <summary>
/// Reads a Rockwell <c>.L5K</c> export (the text twin of L5X): blocks <c>CONTROLLER</c>, <c>DATATYPE</c>, <c>TAG</c>,
/// <c>PROGRAM</c>, <c>ADD_ON_INSTRUCTION_DEFINITION</c>, <c>ROUTINE</c> (ladder, one <c>N:</c> line per rung),
/// <c>ST_ROUTINE</c> (each ST line after an apostrophe), <c>FBD_ROUTINE</c>, <c>SFC_ROUTINE</c>, <c>TASK</c>, each closed by
/// its own <c>END_</c> keyword. Each ST line and each rung's text is a plain-text region; the ST view is the one the L5X
/// reader writes (<see cref="LogixView"/>). Tag values, module configuration and everything else stay as they are.
/// </summary>
internal static partial class L5kReader
{
    [GeneratedRegex(@"^\s*(?<keyword>[A-Z_]+)\b\s*(?<name>[A-Za-z_][A-Za-z0-9_]*)?")]
    private static partial Regex BlockStart();

    /// <summary>A declaration in a TAG, PARAMETERS or LOCAL_TAGS block: <c>Name : Type[4] (attributes) := value;</c>.</summary>
    [GeneratedRegex(@"^\s*(?<name>[A-Za-z_][A-Za-z0-9_]*)\s*:\s*(?<type>[A-Za-z_][A-Za-z0-9_:]*)\s*(\[(?<dims>[0-9,\s]+)\])?")]
    private static partial Regex Declaration();

    /// <summary>A UDT member: <c>DINT Count;</c>, <c>REAL Limits[4] (Radix := Float);</c>, <c>BIT Run ZZZZZZZZZZUDT0 : 0;</c>.</summary>
    [GeneratedRegex(@"^\s*(?<type>[A-Za-z_][A-Za-z0-9_]*)\s+(?<name>[A-Za-z_][A-Za-z0-9_]*)\s*(\[(?<dims>[0-9,\s]+)\])?")]
    private static partial Regex Member();

    [GeneratedRegex(@"\s+")]
    private static partial Regex Whitespace();

    [GeneratedRegex(@"\bUsage\s*:=\s*(?<usage>Input|Output|InOut)\b")]
    private static partial Regex Usage();

    [GeneratedRegex(@"\bMAIN\s*:=\s*""(?<main>[^""]*)""")]
    private static partial Regex MainRoutine();

    private static readonly Dictionary<string, string> ObjectKinds = new(StringComparer.Ordinal)
    {
        ["CONTROLLER"] = "Controller",
        ["DATATYPE"] = "DataType",
        ["MODULE"] = "Module",
        ["ADD_ON_INSTRUCTION_DEFINITION"] = "AddOnInstruction",
        ["PROGRAM"] = "Program",
        ["ROUTINE"] = "Routine (RLL)",
        ["ST_ROUTINE"] = "Routine (ST)",
        ["FBD_ROUTINE"] = "Routine (FBD)",
        ["SFC_ROUTINE"] = "Routine (SFC)",
        ["TASK"] = "Task",
    };

    /// <summary>Blocks that nest; single-line objects (<c>CONFIG x(...) END_CONFIG</c>) open and close on one line.</summary>
    private static readonly HashSet<string> Blocks =
    [
        "CONTROLLER", "DATATYPE", "MODULE", "ADD_ON_INSTRUCTION_DEFINITION", "PARAMETERS", "LOCAL_TAGS", "TAG", "PROGRAM",
        "CHILD_PROGRAMS", "ROUTINE", "ST_ROUTINE", "FBD_ROUTINE", "SFC_ROUTINE", "SHEET", "TASK", "CONFIG", "TREND",
        "WATCH_LIST", "PARAMETER_CONNECTION", "ENCODED_DATA", "HISTORY_ENTRY",
    ];

    public static VendorDocument Read(string path, EncodedText file, SourceText original) => new Reader(path, file, original).Run();

    private sealed class Reader(string path, EncodedText file, SourceText original)
    {
        private readonly string _text = original.Text;
        private readonly List<(string Keyword, string Name, int Anchor)> _open = [];
        private readonly List<EmbeddedRegion> _regions = [];
        private readonly List<VendorObject> _objects = [];
        private readonly List<CodeBody> _bodies = [];
        private readonly List<Diagnostic> _diagnostics = [];
        private readonly List<LogixVariable> _globals = [];
        private readonly LogixView _view = new(original);
        private (string Name, int Anchor, List<(string Member, int Anchor)> Members)? _dataType;
        private LogixContainer? _container;
        private List<EmbeddedRegion>? _stLines;
        private List<LadderRung>? _rungs;
        private string? _rungComment;
        private int? _rungAt;
        private int _globalsAnchor;

        public VendorDocument Run()
        {
            foreach (var (start, end) in TextLines.Of(_text))
            {
                Line(start, end);
            }

            if (_open.Count > 0)
            {
                var (keyword, name, anchor) = _open[^1];
                _diagnostics.Add(FormatDiagnostics.At(original, anchor, FormatDiagnostics.MissingPart,
                    $"{keyword} {name} is not closed: END_{keyword} is missing (a truncated L5K export?)"));
            }
            else if (!_objects.Any(o => o.Kind == "Controller"))
            {
                _diagnostics.Add(FormatDiagnostics.At(original, 0, FormatDiagnostics.WrongDocument, "not an L5K export: no CONTROLLER block"));
            }

            return new VendorDocument(path, VendorFormat.RockwellL5k, file, original, _regions, _objects, _bodies,
                _view.View.IsEmpty ? null : _view.View.Build(), _diagnostics);
        }

        private string Current => _open.Count == 0 ? "" : _open[^1].Keyword;

        private void Line(int start, int end)
        {
            var line = _text[start..end];
            var trimmed = line.TrimStart();
            if (Current == "ST_ROUTINE" && trimmed.StartsWith('\''))
            {
                // The apostrophe marks a line of ST; the code is everything after it, up to the line break.
                var at = start + (line.Length - trimmed.Length) + 1;
                var owner = $"{_container?.Name}/{_open[^1].Name}";
                var region = EmbeddedRegion.Read(RegionKind.StBody, owner, _text, at, end - at, RegionQuoting.Plain);
                _regions.Add(region);
                _stLines?.Add(region);
                _bodies.Add(new StCodeBody(owner, original.GetLinePosition(at), region));
                return;
            }

            if (Current == "ROUTINE" && Rung(start, line, trimmed))
            {
                return;
            }

            var match = BlockStart().Match(line);
            var keyword = match.Success ? match.Groups["keyword"].Value : "";
            if (keyword.StartsWith("END_", StringComparison.Ordinal))
            {
                Close(keyword[4..], start);
                return;
            }

            if (Blocks.Contains(keyword))
            {
                Open(keyword, match.Groups["name"].Value, start, line);
                return;
            }

            Declare(start, line);
        }

        private void Open(string keyword, string name, int start, string line)
        {
            var anchor = start + line.IndexOf(keyword, StringComparison.Ordinal);
            var position = original.GetLinePosition(anchor);
            var owner = _container is null ? name : $"{_container.Name}/{name}";
            if (ObjectKinds.TryGetValue(keyword, out var kind))
            {
                _objects.Add(new VendorObject(kind, keyword.Contains("ROUTINE", StringComparison.Ordinal) ? owner : name, position));
            }

            switch (keyword)
            {
                case "DATATYPE":
                    _dataType = (name, anchor, []);
                    break;
                case "TAG" when _container is null:
                    _globalsAnchor = anchor;
                    break;
                case "PROGRAM" or "ADD_ON_INSTRUCTION_DEFINITION":
                    var main = keyword == "PROGRAM" ? MainRoutine().Match(line) is { Success: true } m ? m.Groups["main"].Value : "MainRoutine" : "Logic";
                    _container = new LogixContainer(keyword != "PROGRAM", name, anchor, main);
                    break;
                case "ST_ROUTINE" when _container is not null:
                    _stLines = [];
                    _container.StRoutines.Add((name, anchor, _stLines));
                    break;
                case "ROUTINE":
                    _rungs = [];
                    break;
                case "FBD_ROUTINE" or "SFC_ROUTINE":
                    _bodies.Add(new OpaqueCodeBody(owner, position, keyword == "FBD_ROUTINE" ? "FBD" : "SFC"));
                    break;
            }

            // CONFIG objects and one-line definitions close on the line they open.
            if (!line.Contains("END_" + keyword, StringComparison.Ordinal))
            {
                _open.Add((keyword, name, anchor));
            }
        }

        private void Close(string keyword, int start)
        {
            var index = _open.FindLastIndex(b => b.Keyword == keyword);
            if (index < 0)
            {
                _diagnostics.Add(FormatDiagnostics.At(original, start, FormatDiagnostics.MissingPart, $"END_{keyword} without {keyword}"));
                return;
            }

            var (_, name, anchor) = _open[index];
            _open.RemoveRange(index, _open.Count - index);
            switch (keyword)
            {
                case "DATATYPE" when _dataType is { } type:
                    _view.Type(type.Name, type.Anchor, type.Members);
                    _dataType = null;
                    break;
                case "TAG" when _container is null && _globals.Count > 0:
                    _view.Globals([.. _globals], _globalsAnchor);
                    _globals.Clear();
                    break;
                case "PROGRAM" or "ADD_ON_INSTRUCTION_DEFINITION" when _container is not null:
                    _view.Container(_container);
                    _container = null;
                    break;
                case "ST_ROUTINE":
                    _stLines = null;
                    break;
                case "ROUTINE" when _rungs is not null:
                    _bodies.Add(new LadderCodeBody(_container is null ? name : $"{_container.Name}/{name}", original.GetLinePosition(anchor), _rungs));
                    _rungs = null;
                    break;
            }
        }

        /// <summary>
        /// A ladder line: <c>N: XIC(Start)OTE(Run);</c> starts a rung, whose text (a region) runs to the <c>;</c> that ends a
        /// line (long rungs are wrapped over several lines); <c>RC: "..."</c> is the next rung's comment.
        /// </summary>
        private bool Rung(int start, string line, string trimmed)
        {
            if (_rungAt is null && trimmed.StartsWith("N:", StringComparison.Ordinal) && _rungs is not null)
            {
                var textStart = line.Length - trimmed.Length + 2;
                while (textStart < line.Length && line[textStart] is ' ' or '\t')
                {
                    textStart++;
                }

                _rungAt = start + textStart;
            }
            else if (_rungAt is null)
            {
                if (trimmed.StartsWith("RC:", StringComparison.Ordinal) || (trimmed.StartsWith('"') && _rungComment is not null))
                {
                    _rungComment = (_rungComment ?? "") + trimmed.TrimStart('R', 'C', ':', ' ', '\t').Trim().TrimEnd(';').Trim('"').Replace("$N", "\n", StringComparison.Ordinal);
                    return true;
                }

                return false;
            }

            if (!line.TrimEnd().EndsWith(';'))
            {
                return true;
            }

            var at = _rungAt.Value;
            var end = Math.Max(at, start + line.TrimEnd().Length);
            var owner = $"{_container?.Name}/{_open[^1].Name}/Rung {_rungs!.Count}";
            var region = EmbeddedRegion.Read(RegionKind.LadderRungText, owner, _text, at, end - at, RegionQuoting.Plain);
            _regions.Add(region);
            var text = Whitespace().Replace(region.Content, "");
            _rungs.Add(new LadderRung(_rungs.Count, text, _rungComment, region, LadderRungText.Parse(text) ?? []));
            _rungComment = null;
            _rungAt = null;
            return true;
        }

        /// <summary>A tag, parameter, local tag or UDT member inside its block.</summary>
        private void Declare(int start, string line)
        {
            switch (Current)
            {
                case "DATATYPE" when _dataType is { } type && Member().Match(line) is { Success: true } member
                                     && !member.Groups["name"].Value.StartsWith("ZZZZZZZZZZ", StringComparison.Ordinal):
                    if (LogixTypes.ToSt(member.Groups["type"].Value, member.Groups["dims"].Value) is { } memberType)
                    {
                        type.Members.Add(($"{member.Groups["name"].Value} : {memberType};", start));
                    }

                    break;
                case "TAG" or "PARAMETERS" or "LOCAL_TAGS" when Declaration().Match(line) is { Success: true } tag:
                    var name = tag.Groups["name"].Value;
                    if (LogixTypes.ToSt(tag.Groups["type"].Value, tag.Groups["dims"].Value) is not { } tagType
                        || (Current == "PARAMETERS" && name is "EnableIn" or "EnableOut"))
                    {
                        break;
                    }

                    var usage = Current == "PARAMETERS" && Usage().Match(line) is { Success: true } u ? u.Groups["usage"].Value : "Local";
                    var variable = new LogixVariable($"{name} : {tagType}", start, usage);
                    if (_container is null)
                    {
                        _objects.Add(new VendorObject("Tag", name, original.GetLinePosition(start)));
                        _globals.Add(variable);
                    }
                    else if (!_container.Variables.Any(v => v.Declaration.StartsWith(name + " ", StringComparison.OrdinalIgnoreCase)))
                    {
                        _container.Variables.Add(variable);
                    }

                    break;
            }
        }
    }
}
