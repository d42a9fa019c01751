using PlcFleet.StructuredText.Semantics.Symbols;
using PlcFleet.StructuredText.Semantics.Types;
using PlcFleet.StructuredText.Syntax;

namespace PlcFleet.StructuredText.Semantics.Binding;

/// <summary>
/// Name lookup, innermost first: the POU's own variables (a block's include its base blocks'), then the block a
/// method/action/accessor belongs to, then global variables (GVLs and DATA_BLOCKs), enum values, POUs, standard functions.
/// </summary>
internal sealed partial class BodyBinder
{
    private Symbol? Lookup(string name)
    {
        if (LookupVariable(name) is { } variable)
        {
            return variable;
        }

        for (var pou = _pou; pou is not null; pou = pou.Parent)
        {
            if (pou.FindMember(name) is { } member)
            {
                return member;
            }
        }

        if (Globals.FindVariable(name) is { } global)
        {
            return global;
        }

        if (Globals.FindEnumMember(name) is { } enumMember)
        {
            return enumMember;
        }

        if (Globals.FindPou(name) is { } pouSymbol)
        {
            return pouSymbol;
        }

        if (_context.StandardFunction(name) is { } standard)
        {
            return standard;
        }

        if (_dialect != Dialect.Iec && VendorOperatorSymbol.Find(name) is { } vendorOperator)
        {
            return vendorOperator;
        }

        return Globals.FindType(name);
    }

    /// <summary>A variable of the POU chain (own, base blocks, the owning block), or the result variable of a function or method.</summary>
    private VariableSymbol? LookupVariable(string name)
    {
        for (var pou = _pou; pou is not null; pou = pou.Parent)
        {
            if (pou.ResultVariable is { } result && Names.Same(result.Name, name))
            {
                return result;
            }

            if (pou.FindVariable(name) is { } variable)
            {
                // VAR_EXTERNAL names a global: uses count for the global itself.
                return variable.Storage == VariableStorage.External && Globals.FindVariable(name) is { } global ? global : variable;
            }
        }

        return null;
    }

    /// <summary>True when the POU chain declares the name VAR_EXTERNAL (the global is then used as strict IEC asks).</summary>
    private bool ImportsGlobal(string name)
    {
        for (var pou = _pou; pou is not null; pou = pou.Parent)
        {
            if (pou.FindVariable(name) is { } variable)
            {
                return variable.Storage == VariableStorage.External;
            }
        }

        return false;
    }

    private BoundExpression BindName(SyntaxNode syntax, SyntaxToken token, VariableUsage usage, bool localOnly = false)
    {
        if (token.IsMissing)
        {
            return new BoundError(syntax, []); // the parser reported the missing name
        }

        if (token.Kind is SyntaxKind.ThisKeyword or SyntaxKind.SuperKeyword)
        {
            return BindThis(syntax, token.Kind == SyntaxKind.SuperKeyword);
        }

        var name = Names.Of(token);
        var symbol = localOnly ? LookupVariable(name) : Lookup(name);
        switch (symbol)
        {
            case VariableSymbol variable:
                if (_dialect == Dialect.Iec && variable.Storage == VariableStorage.Global && _pou is not null && !ImportsGlobal(name))
                {
                    Report(SemanticDiagnosticCodes.GlobalWithoutExternal, syntax, variable.Name);
                }

                return BindVariable(syntax, variable, usage);
            case EnumMemberSymbol member:
                return new BoundEnumValue(syntax, member);
            case PouSymbol pou when pou.Kind is PouKind.Program or PouKind.OrganizationBlock && ProgramType(pou) is { } programType:
                return new BoundPouReference(syntax, pou, programType);
            case PouSymbol pou:
                return new BoundPouReference(syntax, pou, ErrorType.Instance);
            case null when !localOnly && string.Equals(name, "NULL", StringComparison.OrdinalIgnoreCase):
                // IEC 61131-3 ed. 3: the reference that refers to nothing (a name, not a keyword, so a variable may shadow it).
                return new BoundNull(syntax);
            case null:
                ReportUnresolved(SemanticDiagnosticCodes.UndeclaredName, syntax, name);
                return new BoundError(syntax, []);
            default:
                Report(SemanticDiagnosticCodes.NotAssignable, syntax, $"'{name}' is not a value here");
                return new BoundError(syntax, []);
        }
    }

    private BoundVariable BindVariable(SyntaxNode syntax, VariableSymbol variable, VariableUsage usage)
    {
        _context.Usage.Record(variable, usage);
        if ((usage & VariableUsage.Written) != 0)
        {
            CheckWritable(variable, syntax);
        }

        return new BoundVariable(syntax, variable, variable.IsConstant ? variable.InitialValue : null);
    }

    /// <summary>Programs are instances of themselves: PRG_Main.xStart reads a program variable from outside.</summary>
    private StType? ProgramType(PouSymbol program)
    {
        if (program.InstanceType is null)
        {
            var type = new FunctionBlockType(program.Name);
            program.InstanceType = type;
            _context.Members.RegisterBlock(type, program);
        }

        return program.InstanceType;
    }

    private BoundExpression BindThis(SyntaxNode syntax, bool isSuper)
    {
        var block = _pou;
        while (block is not null && block.Kind != PouKind.FunctionBlock)
        {
            block = block.Parent;
        }

        if (isSuper)
        {
            block = block?.Base;
        }

        if (block?.InstanceType is not { } type)
        {
            Report(SemanticDiagnosticCodes.UndeclaredName, syntax, isSuper ? "SUPER" : "THIS");
            return new BoundError(syntax, []);
        }

        // THIS and SUPER are pointers to the instance: THIS^.Reset().
        return new BoundPouReference(syntax, block, new PointerType(type));
    }

    private void CheckWritable(VariableSymbol variable, SyntaxNode syntax)
    {
        if (variable.IsConstant)
        {
            Report(SemanticDiagnosticCodes.AssignToConstant, syntax, variable.Name);
            return;
        }

        if (variable.Storage == VariableStorage.Input && variable.Owner is { } owner && IsOwnScope(owner))
        {
            ReportStrict(SemanticDiagnosticCodes.AssignToInput, SemanticDiagnosticCodes.AssignToInputLenient, syntax, variable.Name, owner.Name);
        }

        for (var i = 0; i < _forVariables.Count; i++)
        {
            if (ReferenceEquals(_forVariables[i], variable))
            {
                Report(SemanticDiagnosticCodes.ForVariableAssigned, syntax, variable.Name);
            }
        }
    }

    private bool IsOwnScope(PouSymbol owner)
    {
        for (var pou = _pou; pou is not null; pou = pou.Parent)
        {
            for (var block = pou; block is not null; block = block.Base)
            {
                if (ReferenceEquals(block, owner))
                {
                    return true;
                }
            }
        }

        return false;
    }
}
