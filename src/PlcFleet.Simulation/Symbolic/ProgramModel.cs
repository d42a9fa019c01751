using PlcFleet.Simulation.Compilation;
using PlcFleet.Simulation.Programs;
using PlcFleet.StructuredText.Semantics.Binding;
using PlcFleet.StructuredText.Semantics.Symbols;
using PlcFleet.StructuredText.Semantics.Types;
using PlcFleet.StructuredText.Semantics.Values;
using PlcFleet.StructuredText.Syntax;
using SemanticCompilation = PlcFleet.StructuredText.Semantics.Compilation;

namespace PlcFleet.Simulation.Symbolic;

/// <summary>
/// The state of one PROGRAM as the symbolic engine sees it: every variable it keeps between scans (its own, the
/// globals it uses, the insides of its block instances, flattened to <see cref="SymbolicCell"/>s), which of them
/// are inputs, and which could not be modelled (kept with the reason, so that only touching them makes the verdict
/// unknown). Globals are named <c>@name</c> so that they never clash with the program's own variables.
/// </summary>
public sealed class ProgramModel
{
    private readonly Dictionary<string, SymbolicCell> _cells = new(StringComparer.OrdinalIgnoreCase);
    private readonly Dictionary<string, string> _unsupported = new(StringComparer.OrdinalIgnoreCase);
    private readonly List<(string Path, string Kind)> _blocks = [];
    private readonly HashSet<VariableSymbol> _writtenGlobals = [];
    private readonly HashSet<VariableSymbol> _usedGlobals = [];

    private ProgramModel(SemanticCompilation compilation, PouSymbol program, BoundBody body)
    {
        Compilation = compilation;
        Program = program;
        Body = body;
    }

    public SemanticCompilation Compilation { get; }

    public PouSymbol Program { get; }

    public BoundBody Body { get; }

    public IReadOnlyDictionary<string, SymbolicCell> Cells => _cells;

    /// <summary>Standard block instances by path and kind (TON, CTU...), for the scan encoder.</summary>
    public IReadOnlyList<(string Path, string Kind)> StandardBlocks => _blocks;

    public IEnumerable<SymbolicCell> Inputs => _cells.Values.Where(c => c.IsInput);

    public static ProgramModel Build(SemanticCompilation compilation, string programName)
    {
        var program = compilation.Global.FindPou(programName) ?? throw new NotEncodableException($"no PROGRAM named '{programName}'");
        var body = compilation.GetBoundBody(program) ?? throw new NotEncodableException($"{programName} has no body");
        var model = new ProgramModel(compilation, program, body);
        model.CollectGlobals(body.Statements, []);
        foreach (var variable in program.AllVariables())
        {
            if (variable.Storage is VariableStorage.Global or VariableStorage.External)
            {
                continue;
            }

            var isInput = variable.Storage == VariableStorage.Input;
            if (variable.Storage == VariableStorage.InOut)
            {
                model._unsupported[variable.Name] = $"VAR_IN_OUT {variable.Name} of a PROGRAM";
                continue;
            }

            model.Add(variable.Name, variable.Type, variable, variable.IsRetain, isInput, variable.Storage == VariableStorage.Temp, program.Dialect);
        }

        foreach (var global in model._usedGlobals)
        {
            var isInput = !model._writtenGlobals.Contains(global);
            model.Add("@" + global.Name, global.Type, global, global.IsRetain, isInput, false, program.Dialect);
        }

        return model;
    }

    /// <summary>The global a VAR_EXTERNAL (or a global itself) stands for.</summary>
    public VariableSymbol GlobalOf(VariableSymbol variable) =>
        variable.Storage == VariableStorage.External
            ? Compilation.Global.Variables.FirstOrDefault(g => string.Equals(g.Name, variable.Name, StringComparison.OrdinalIgnoreCase)) ?? variable
            : variable;

    /// <summary>The cell at <paramref name="path"/>; touching a part the model could not represent is <see cref="NotEncodableException"/>.</summary>
    public SymbolicCell Cell(string path, SyntaxNode? where)
    {
        if (_cells.TryGetValue(path, out var cell))
        {
            return cell;
        }

        foreach (var (prefix, reason) in _unsupported)
        {
            if (path.Equals(prefix, StringComparison.OrdinalIgnoreCase) || path.StartsWith(prefix + ".", StringComparison.OrdinalIgnoreCase))
            {
                throw new NotEncodableException(reason, where);
            }
        }

        throw new NotEncodableException($"'{path}' is not part of the symbolic model", where);
    }

    public bool IsUnsupported(string path, out string reason)
    {
        foreach (var (prefix, why) in _unsupported)
        {
            if (path.Equals(prefix, StringComparison.OrdinalIgnoreCase) || path.StartsWith(prefix + ".", StringComparison.OrdinalIgnoreCase))
            {
                reason = why;
                return true;
            }
        }

        reason = string.Empty;
        return false;
    }

    /// <summary>The cell path of a signal as the simulator names it (<c>bHmiFull</c>, <c>tonRunOut.Q</c>, <c>stDrive.Speed</c>).</summary>
    public string? PathOfSignal(string signal)
    {
        if (_cells.ContainsKey(signal))
        {
            return signal;
        }

        return _cells.ContainsKey("@" + signal) || IsUnsupported("@" + signal, out _) ? "@" + signal
            : IsUnsupported(signal, out _) ? signal
            : null;
    }

    /// <summary>The user block or function a call reaches, with its bound body.</summary>
    public BoundBody BodyOf(PouSymbol pou, SyntaxNode where) =>
        Compilation.GetBoundBody(pou) ?? throw new NotEncodableException($"{pou.Name} has no body to inline", where);

    public PouSymbol? UserBlock(FunctionBlockType block) =>
        Compilation.Global.FindPou(block.Name) is { Kind: PouKind.FunctionBlock } pou ? pou : null;

    private void Add(string path, StType type, VariableSymbol declared, bool retain, bool isInput, bool isTemp, Dialect dialect)
    {
        if (declared.InitialAggregate is { } aggregate and not InitialScalar)
        {
            AddType(path, type, retain, isInput, isTemp, dialect, null);
            ApplyInitial(path, aggregate);
            return;
        }

        AddType(path, type, retain, isInput, isTemp, dialect, declared.InitialValue);
    }

    private void AddType(string path, StType type, bool retain, bool isInput, bool isTemp, Dialect dialect, ConstantValue? initial)
    {
        var underlying = type.Underlying;
        if (underlying is SubrangeType subrange)
        {
            AddCell(new SymbolicCell(path, subrange.BaseType.SizeInBits, subrange.BaseType.IsSigned, Math.Max(subrange.Lower, Math.Min(subrange.Upper, ConstantOf(initial))), retain)
            {
                IsInput = isInput, IsTemp = isTemp, Range = new SignalRange(subrange.Lower, subrange.Upper),
            });
            return;
        }

        switch (underlying)
        {
            case ElementaryType { Kind: ElementaryTypeKind.Bool }:
                AddCell(new SymbolicCell(path, 0, false, ConstantOf(initial), retain) { IsInput = isInput, IsTemp = isTemp });
                return;
            case ElementaryType { Category: TypeCategory.Duration }:
                AddCell(new SymbolicCell(path, 64, true, ConstantOf(initial), retain) { IsTime = true, IsInput = isInput, IsTemp = isTemp });
                return;
            case ElementaryType { IsIntegral: true } integral:
                AddCell(new SymbolicCell(path, integral.SizeInBits, integral.IsSigned, ConstantOf(initial), retain) { IsInput = isInput, IsTemp = isTemp });
                return;
            case ElementaryType { Category: TypeCategory.Char } character:
                AddCell(new SymbolicCell(path, character.SizeInBits, false, ConstantOf(initial), retain) { IsInput = isInput, IsTemp = isTemp });
                return;
            case EnumType enumType:
                AddCell(new SymbolicCell(path, enumType.BaseType.SizeInBits, enumType.BaseType.IsSigned, ConstantOf(initial), retain) { IsInput = isInput, IsTemp = isTemp });
                return;
            case ElementaryType { IsReal: true } real:
                AddCell(new SymbolicCell(path, real.SizeInBits, true, 0, retain) { IsReal = true, InitialReal = RealOf(initial), IsInput = isInput, IsTemp = isTemp });
                return;
            case FunctionBlockType block when StandardBlockBinding.Find(block.Name) is not null && UserBlock(block) is null:
                AddStandardBlock(path, block.Name.ToUpperInvariant(), retain, dialect);
                return;
            case FunctionBlockType block when UserBlock(block) is { } pou:
                foreach (var member in pou.AllVariables())
                {
                    if (member.Storage == VariableStorage.InOut)
                    {
                        _unsupported[$"{path}.{member.Name}"] = $"VAR_IN_OUT {member.Name} of {pou.Name}";
                        continue;
                    }

                    if (member.Storage is VariableStorage.Global or VariableStorage.External)
                    {
                        continue;
                    }

                    Add($"{path}.{member.Name}", member.Type, member, retain || member.IsRetain, false, member.Storage == VariableStorage.Temp, pou.Dialect);
                }

                return;
            default:
                _unsupported[path] = $"{type.Name} {path}: {Describe(underlying)} are not in the symbolic model";
                return;
        }
    }

    private static string Describe(StType type) => type switch
    {
        ArrayType => "arrays",
        StringType => "strings",
        PointerType or ReferenceType => "pointers and references",
        InterfaceType => "interfaces",
        FunctionBlockType => "this block type",
        _ => $"values of type {type.Name}",
    };

    private void AddStandardBlock(string path, string kind, bool retain, Dialect dialect)
    {
        _blocks.Add((path, kind));
        void Bool(string member) => AddCell(new SymbolicCell($"{path}.{member}", 0, false, 0, retain));
        void Time(string member) => AddCell(new SymbolicCell($"{path}.{member}", 64, true, 0, retain) { IsTime = true });

        // The simulator's counters hold PV and CV as INT (IEC) or WORD (CODESYS), by the dialect of the declaring code.
        void Count(string member) => AddCell(new SymbolicCell($"{path}.{member}", 16, dialect != Dialect.Codesys, 0, retain));
        switch (kind)
        {
            case "TON" or "TOF" or "TP":
                Bool("IN");
                Time("PT");
                Bool("Q");
                Time("ET");
                Time("$age");
                Bool("$run");
                Bool("$prev");
                break;
            case "R_TRIG" or "F_TRIG":
                Bool("CLK");
                Bool("Q");
                Bool("$m");
                break;
            case "CTU" or "CTD" or "CTUD":
                foreach (var input in new[] { "CU", "CD", "R", "LD", "Q", "QU", "QD", "$mu", "$md" })
                {
                    Bool(input);
                }

                Count("PV");
                Count("CV");
                break;
            case "SR" or "RS":
                foreach (var member in new[] { "S1", "R", "S", "R1", "Q1" })
                {
                    Bool(member);
                }

                break;
            default:
                _unsupported[path] = $"{kind} {path}: this standard block is not in the symbolic model";
                break;
        }
    }

    private void ApplyInitial(string path, InitialAggregate aggregate)
    {
        switch (aggregate)
        {
            case InitialScalar scalar when _cells.TryGetValue(path, out var cell) && cell.IsReal:
                _cells[path] = cell with { InitialReal = RealOf(scalar.Value) };
                break;
            case InitialScalar scalar when _cells.TryGetValue(path, out var cell):
                _cells[path] = cell with { Initial = ConstantOf(scalar.Value) };
                break;
            case InitialStruct s:
                foreach (var member in s.Members)
                {
                    ApplyInitial($"{path}.{member.Name}", member.Value);
                }

                break;
            case InitialBlock b:
                foreach (var member in b.Members)
                {
                    ApplyInitial($"{path}.{member.Name}", member.Value);
                }

                break;
            default:
                _unsupported[path] = $"the initial value of {path} is not in the symbolic model";
                break;
        }
    }

    private void AddCell(SymbolicCell cell) => _cells[cell.Path] = cell;

    /// <summary>A constant as the simulator stores it in a long: BOOL 0/1, TIME in nanoseconds, integers and enums as they are.</summary>
    public static long ConstantOf(ConstantValue? value) => value switch
    {
        null => 0,
        BoolValue b => b.Value ? 1 : 0,
        IntegerValue i => (long)i.Value,
        DurationValue d => d.Nanoseconds,
        EnumValue e => e.Member.Value,
        _ => throw new NotEncodableException($"the constant {value} is not in the symbolic model"),
    };

    /// <summary>A REAL constant as the simulator stores it, in a double (rounded to single precision where the variable is REAL).</summary>
    public static double RealOf(ConstantValue? value) => value switch
    {
        null => 0,
        RealValue r => r.Value,
        IntegerValue i => (double)i.Value,
        _ => throw new NotEncodableException($"the REAL constant {value} is not in the symbolic model"),
    };

    /// <summary>Which globals the program and the blocks and functions it calls read and write.</summary>
    private void CollectGlobals(IEnumerable<BoundStatement> statements, HashSet<PouSymbol> visited)
    {
        foreach (var statement in statements)
        {
            foreach (var node in BoundWalker.Nodes(statement))
            {
                switch (node)
                {
                    case BoundVariable { Variable.Storage: VariableStorage.Global or VariableStorage.External } v:
                        _usedGlobals.Add(GlobalOf(v.Variable));
                        break;
                    case BoundFbCall { Block: { } block } when visited.Add(block) && Compilation.GetBoundBody(block) is { } blockBody:
                        CollectGlobals(blockBody.Statements, visited);
                        break;
                    case BoundCall { Callee: PouSymbol callee } when visited.Add(callee) && Compilation.GetBoundBody(callee) is { } calleeBody:
                        CollectGlobals(calleeBody.Statements, visited);
                        break;
                }
            }

            foreach (var target in BoundWalker.WrittenTargets(statement))
            {
                if (BoundWalker.Root(target) is { Variable.Storage: VariableStorage.Global or VariableStorage.External } root)
                {
                    _writtenGlobals.Add(GlobalOf(root.Variable));
                }
            }
        }

        // A user block instance that is itself a global is written by calling it.
        foreach (var statement in statements)
        {
            foreach (var call in BoundWalker.Nodes(statement).OfType<BoundFbCall>())
            {
                if (BoundWalker.Root(call.Instance) is { Variable.Storage: VariableStorage.Global or VariableStorage.External } root)
                {
                    _writtenGlobals.Add(GlobalOf(root.Variable));
                }
            }
        }
    }
}
