using PlcFleet.StructuredText.Semantics.Types;

namespace PlcFleet.StructuredText.Semantics.Symbols;

/// <summary>
/// Everything declared at project level, across all files: POUs, data types, global variables (GVLs and Siemens
/// DATA_BLOCKs), enum members (for unqualified use) and the tasks of CONFIGURATION/RESOURCE blocks.
/// </summary>
public sealed class GlobalSymbols
{
    private readonly Dictionary<string, PouSymbol> _pous = new(StringComparer.OrdinalIgnoreCase);
    private readonly Dictionary<string, TypeSymbol> _types = new(StringComparer.OrdinalIgnoreCase);
    private readonly Dictionary<string, VariableSymbol> _variables = new(StringComparer.OrdinalIgnoreCase);
    private readonly Dictionary<string, EnumMemberSymbol?> _enumMembers = new(StringComparer.OrdinalIgnoreCase);
    private readonly List<PouSymbol> _pouList = [];
    private readonly List<TypeSymbol> _typeList = [];
    private readonly List<VariableSymbol> _variableList = [];
    private readonly List<TaskSymbol> _tasks = [];
    private readonly Dictionary<string, Dictionary<string, VariableSymbol>> _globalLists = new(StringComparer.OrdinalIgnoreCase);

    public IReadOnlyList<PouSymbol> Pous => _pouList;

    public IReadOnlyList<TypeSymbol> Types => _typeList;

    public IReadOnlyList<VariableSymbol> Variables => _variableList;

    public IReadOnlyList<TaskSymbol> Tasks => _tasks;

    public IEnumerable<PouSymbol> Programs => _pouList.Where(p => p.Kind is PouKind.Program or PouKind.OrganizationBlock);

    public IEnumerable<PouSymbol> FunctionBlocks => _pouList.Where(p => p.Kind == PouKind.FunctionBlock);

    public IEnumerable<PouSymbol> Functions => _pouList.Where(p => p.Kind == PouKind.Function);

    public IEnumerable<PouSymbol> Interfaces => _pouList.Where(p => p.Kind == PouKind.Interface);

    public PouSymbol? FindPou(string name) => _pous.GetValueOrDefault(name);

    public TypeSymbol? FindType(string name) => _types.GetValueOrDefault(name);

    public VariableSymbol? FindVariable(string name) => _variables.GetValueOrDefault(name);

    /// <summary>A variable of a named global variable list (TwinCAT GVL_IO.bStartBtn); the list is named after its file.</summary>
    public VariableSymbol? FindInGlobalList(string list, string name) =>
        _globalLists.TryGetValue(list, out var variables) ? variables.GetValueOrDefault(name) : null;

    public bool IsGlobalList(string name) => _globalLists.ContainsKey(name);

    /// <summary>An enum member by its bare name, when exactly one enumeration declares it.</summary>
    public EnumMemberSymbol? FindEnumMember(string name) => _enumMembers.GetValueOrDefault(name);

    /// <summary>The task that scans a program type, with its interval: what the simulator uses as the cycle time.</summary>
    public TaskSymbol? FindTaskOf(PouSymbol program)
    {
        foreach (var task in _tasks)
        {
            foreach (var instance in task.Programs)
            {
                if (ReferenceEquals(instance.Program, program))
                {
                    return task;
                }
            }
        }

        return null;
    }

    internal bool TryAddPou(PouSymbol pou)
    {
        if (!_pous.TryAdd(pou.Name, pou))
        {
            return false;
        }

        _pouList.Add(pou);
        return true;
    }

    internal bool TryAddType(TypeSymbol type)
    {
        if (!_types.TryAdd(type.Name, type))
        {
            return false;
        }

        _typeList.Add(type);
        return true;
    }

    internal bool TryAddVariable(VariableSymbol variable)
    {
        if (!_variables.TryAdd(variable.Name, variable))
        {
            return false;
        }

        _variableList.Add(variable);
        return true;
    }

    /// <summary>Ambiguous bare names map to null: they must be qualified (E_Mode.Auto).</summary>
    internal void AddEnumMember(EnumMemberSymbol member)
    {
        if (_enumMembers.TryGetValue(member.Name, out var existing))
        {
            if (existing is not null && !ReferenceEquals(existing.Type, member.Type))
            {
                _enumMembers[member.Name] = null;
            }

            return;
        }

        _enumMembers.Add(member.Name, member);
    }

    internal void AddTask(TaskSymbol task) => _tasks.Add(task);

    internal void AddToGlobalList(string list, VariableSymbol variable)
    {
        if (!_globalLists.TryGetValue(list, out var variables))
        {
            variables = new Dictionary<string, VariableSymbol>(StringComparer.OrdinalIgnoreCase);
            _globalLists.Add(list, variables);
        }

        variables.TryAdd(variable.Name, variable);
    }

    internal StType? FindNamedType(string name) =>
        _types.TryGetValue(name, out var type) ? type.Type
        : _pous.TryGetValue(name, out var pou) ? pou.InstanceType
        : null;
}
