using PlcFleet.StructuredText.Semantics.Types;

namespace PlcFleet.StructuredText.Semantics.Symbols;

/// <summary>
/// Member symbols of structured types: struct fields, function block members (user blocks through their POU,
/// standard blocks such as TON from the catalog) and enum values. One symbol per member, so every use of
/// <c>Tmr.Q</c> refers to the same symbol (what def-use analysis needs).
/// </summary>
public sealed class MemberTable
{
    private readonly Dictionary<StType, Dictionary<string, VariableSymbol>> _members = [];
    private readonly Dictionary<StType, PouSymbol> _blocks = [];
    private readonly Dictionary<EnumType, Dictionary<string, EnumMemberSymbol>> _enumMembers = [];
    private readonly Lock _lock = new();

    /// <summary>The user POU behind a function block or interface type; null for standard blocks.</summary>
    public PouSymbol? BlockOf(StType type) => _blocks.GetValueOrDefault(type);

    public VariableSymbol? FindMember(StType type, string name)
    {
        type = Unwrap(type);
        if (_blocks.TryGetValue(type, out var pou))
        {
            return pou.FindVariable(name);
        }

        // Standard blocks get their member symbols on first use, possibly from several simulator threads at once.
        lock (_lock)
        {
            return MembersOf(type)?.GetValueOrDefault(name);
        }
    }

    /// <summary>The member names a user sees listed when a member is unknown (inputs and outputs of a block).</summary>
    public IReadOnlyList<string> DescribeMembers(StType type)
    {
        type = Unwrap(type);
        var names = new List<string>();
        if (_blocks.TryGetValue(type, out var pou))
        {
            foreach (var variable in pou.AllVariables())
            {
                if (variable.Storage is VariableStorage.Input or VariableStorage.Output or VariableStorage.InOut)
                {
                    names.Add(variable.Name);
                }
            }

            return names;
        }

        switch (type)
        {
            case FunctionBlockType block:
                foreach (var member in block.Members)
                {
                    if (member.IsParameter)
                    {
                        names.Add(member.Name);
                    }
                }

                break;
            case StructType structure:
                foreach (var field in structure.AllFields)
                {
                    names.Add(field.Name);
                }

                break;
        }

        return names;
    }

    public EnumMemberSymbol? FindEnumMember(EnumType type, string name) =>
        _enumMembers.TryGetValue(type, out var members) ? members.GetValueOrDefault(name) : null;

    internal void RegisterBlock(StType type, PouSymbol pou) => _blocks[type] = pou;

    internal void RegisterField(StType type, VariableSymbol field)
    {
        lock (_lock)
        {
            RegisterFieldLocked(type, field);
        }
    }

    private void RegisterFieldLocked(StType type, VariableSymbol field)
    {
        if (!_members.TryGetValue(type, out var members))
        {
            members = new Dictionary<string, VariableSymbol>(StringComparer.OrdinalIgnoreCase);
            _members.Add(type, members);
        }

        members.TryAdd(field.Name, field);
    }

    internal void RegisterEnumMember(EnumMemberSymbol member)
    {
        if (!_enumMembers.TryGetValue(member.Type, out var members))
        {
            members = new Dictionary<string, EnumMemberSymbol>(StringComparer.OrdinalIgnoreCase);
            _enumMembers.Add(member.Type, members);
        }

        members.TryAdd(member.Name, member);
    }

    private static StType Unwrap(StType type) => type switch
    {
        AliasType alias => Unwrap(alias.Target),
        ReferenceType reference => Unwrap(reference.Target),
        _ => type,
    };

    /// <summary>Standard blocks and structs without declaration syntax get their member symbols on first use.</summary>
    private Dictionary<string, VariableSymbol>? MembersOf(StType type)
    {
        if (_members.TryGetValue(type, out var members))
        {
            return members;
        }

        if (type is FunctionBlockType block)
        {
            members = new Dictionary<string, VariableSymbol>(StringComparer.OrdinalIgnoreCase);
            foreach (var member in block.Members)
            {
                members.TryAdd(member.Name, new VariableSymbol(member.Name, StorageOf(member.Kind), null, null, null, false, null) { Type = member.Type });
            }
        }
        else if (type is StructType structure)
        {
            members = new Dictionary<string, VariableSymbol>(StringComparer.OrdinalIgnoreCase);
            foreach (var field in structure.AllFields)
            {
                members.TryAdd(field.Name, new VariableSymbol(field.Name, VariableStorage.Member, null, null, null, false, null) { Type = field.Type });
            }
        }
        else
        {
            return null;
        }

        _members.Add(type, members);
        return members;
    }

    private static VariableStorage StorageOf(VariableKind kind) => kind switch
    {
        VariableKind.Input => VariableStorage.Input,
        VariableKind.Output => VariableStorage.Output,
        VariableKind.InOut => VariableStorage.InOut,
        VariableKind.Temp => VariableStorage.Temp,
        VariableKind.Static => VariableStorage.Static,
        _ => VariableStorage.Local,
    };
}
