using PlcFleet.StructuredText.Semantics.StandardLibrary;
using PlcFleet.StructuredText.Semantics.Symbols;
using PlcFleet.StructuredText.Semantics.Types;
using PlcFleet.StructuredText.Semantics.Values;
using PlcFleet.StructuredText.Syntax;

namespace PlcFleet.StructuredText.Semantics.Binding;

/// <summary>
/// Calls: standard functions (resolved by the catalog's overload rules), user functions, methods and actions, and
/// function block instance calls with their := inputs and =&gt; outputs.
/// </summary>
internal sealed partial class BodyBinder
{
    private BoundStatement BindCallStatement(InvocationExpressionSyntax syntax)
    {
        var result = BindInvocation(syntax, isStatement: true);
        return result switch
        {
            BoundStatement statement => statement,
            BoundCall call => new BoundCallStatement(syntax, call),
            BoundExpression expression => new BoundErrorStatement(syntax, [expression]),
            _ => new BoundErrorStatement(syntax, []),
        };
    }

    private BoundExpression BindCallExpression(InvocationExpressionSyntax syntax)
    {
        var result = BindInvocation(syntax, isStatement: false);
        switch (result)
        {
            case BoundExpression expression:
                return expression;
            case BoundFbCall fbCall:
                Report(SemanticDiagnosticCodes.NotCallable, syntax.Expression, syntax.Expression.ToString(),
                    "a function block instance; call it as a statement and read its outputs");
                return new BoundError(syntax, [fbCall.Instance]);
            default:
                return new BoundError(syntax, []);
        }
    }

    /// <summary>A BoundCall (an expression), a BoundFbCall (a statement) or a BoundError.</summary>
    private BoundNode BindInvocation(InvocationExpressionSyntax syntax, bool isStatement)
    {
        var callee = syntax.Expression;
        if (callee is IdentifierNameSyntax or LocalNameSyntax)
        {
            var token = callee is IdentifierNameSyntax id ? id.Identifier : ((LocalNameSyntax)callee).Identifier;
            if (token.IsMissing)
            {
                return new BoundError(syntax, BindArgumentValues(syntax.ArgumentList));
            }

            var name = Names.Of(token);
            var symbol = callee is LocalNameSyntax ? LookupVariable(name) : Lookup(name);
            switch (symbol)
            {
                case PouSymbol { Kind: PouKind.Function } function:
                    return BindUserCall(syntax, function, null);
                case PouSymbol { Kind: PouKind.Method or PouKind.Action or PouKind.Program or PouKind.OrganizationBlock } method:
                    return BindUserCall(syntax, method, null);
                case PouSymbol { Kind: PouKind.FunctionBlock } block:
                    Report(SemanticDiagnosticCodes.CallOfFunctionBlockType, callee, block.Name);
                    return new BoundError(syntax, BindArgumentValues(syntax.ArgumentList));
                case StandardFunctionSymbol standard:
                    return BindStandardCall(syntax, standard);
                case VendorOperatorSymbol vendorOperator:
                    return BindVendorOperator(syntax, vendorOperator);
                case null when StandardCatalog.TryGetFunctionBlock(name, out var standardBlock):
                    Report(SemanticDiagnosticCodes.CallOfFunctionBlockType, callee, standardBlock.Name);
                    return new BoundError(syntax, BindArgumentValues(syntax.ArgumentList));
                case null:
                    ReportUnresolved(SemanticDiagnosticCodes.UndeclaredName, callee, name);
                    return new BoundError(syntax, BindArgumentValues(syntax.ArgumentList));
            }
        }

        if (callee is MemberAccessExpressionSyntax member && !member.Member.IsMissing)
        {
            var instance = Bind(member.Expression, VariableUsage.Read);
            if (instance.Type.IsError)
            {
                return new BoundError(syntax, [instance, .. BindArgumentValues(syntax.ArgumentList)]);
            }

            var instanceType = Dereferenced(instance.Type.Underlying is PointerType p ? p.Target : instance.Type);
            if (_context.Members.BlockOf(instanceType)?.FindMember(Names.Of(member.Member)) is { Kind: PouKind.Method or PouKind.Action } method)
            {
                RecordCallOn(instance);
                return BindUserCall(syntax, method, instance);
            }
        }

        var target = Bind(callee, VariableUsage.ReadWrite);
        if (target.Type.IsError)
        {
            return new BoundError(syntax, [target, .. BindArgumentValues(syntax.ArgumentList)]);
        }

        if (Dereferenced(target.Type) is FunctionBlockType blockType)
        {
            return BindFbCall(syntax, target, blockType);
        }

        var what = target switch
        {
            BoundVariable v => $"a variable of type {v.Type.Name}",
            BoundPouReference { Pou: var pou } => $"a {pou.Kind.ToString().ToLowerInvariant()}",
            _ => $"a value of type {target.Type.Name}",
        };
        Report(SemanticDiagnosticCodes.NotCallable, callee, callee.ToString(), what);
        return new BoundError(syntax, [target, .. BindArgumentValues(syntax.ArgumentList)]);
    }

    private void RecordCallOn(BoundExpression instance)
    {
        if (instance is BoundVariable variable)
        {
            _context.Usage.Record(variable.Variable, VariableUsage.ReadWrite);
        }
    }

    private List<BoundExpression> BindArgumentValues(ArgumentListSyntax arguments)
    {
        var values = new List<BoundExpression>(arguments.Arguments.Count);
        foreach (var argument in arguments.Arguments)
        {
            if (argument.Value is { } value)
            {
                values.Add(argument.OperatorToken?.Kind == SyntaxKind.ArrowToken ? BindTarget(value, VariableUsage.Written) : BindExpression(value));
            }
        }

        return values;
    }

    private BoundFbCall BindFbCall(InvocationExpressionSyntax syntax, BoundExpression instance, FunctionBlockType blockType)
    {
        var block = _context.Members.BlockOf(blockType);
        var parameters = new List<VariableSymbol>();
        if (block is not null)
        {
            foreach (var variable in block.AllVariables())
            {
                if (variable.Storage is VariableStorage.Input or VariableStorage.InOut)
                {
                    parameters.Add(variable);
                }
            }
        }
        else
        {
            foreach (var member in blockType.Members)
            {
                if (member.Kind is VariableKind.Input or VariableKind.InOut && _context.Members.FindMember(blockType, member.Name) is { } symbol)
                {
                    parameters.Add(symbol);
                }
            }
        }

        var arguments = BindArguments(syntax.ArgumentList, blockType.Name, parameters,
            name => _context.Members.FindMember(blockType, name) ?? (block is null ? CodesysCounterInput(blockType, name) : null));
        CheckInOutsConnected(syntax, blockType.Name, parameters, arguments);
        return new BoundFbCall(syntax, instance, blockType, block, arguments);
    }

    /// <summary>
    /// The CODESYS Standard library names the counter inputs RESET and LOAD where IEC says R and LD, and the bistables'
    /// inputs SET1/RESET (SR) and SET/RESET1 (RS) where IEC says S1/R and S/R1. The bistable names cannot mean anything
    /// else, so they are accepted in every dialect (code moved from CODESYS keeps compiling).
    /// </summary>
    private VariableSymbol? CodesysCounterInput(FunctionBlockType blockType, string name)
    {
        var iecName = StandardFunctionBlocks.BistableInput(blockType, name);
        if (iecName is null && _dialect != Dialect.Iec)
        {
            iecName = name.Equals("RESET", StringComparison.OrdinalIgnoreCase) ? "R"
                : name.Equals("LOAD", StringComparison.OrdinalIgnoreCase) ? "LD"
                : null;
        }

        return iecName is null ? null : _context.Members.FindMember(blockType, iecName);
    }

    private BoundExpression BindVendorOperator(InvocationExpressionSyntax syntax, VendorOperatorSymbol symbol)
    {
        var list = syntax.ArgumentList.Arguments;
        if (list.Count != 1 || list[0].Value is null || list[0].Name is not null)
        {
            Report(SemanticDiagnosticCodes.ArgumentCount, syntax, $"{symbol.Name} takes one variable");
            return new BoundError(syntax, BindArgumentValues(syntax.ArgumentList));
        }

        // Taking an address lets anything write through it: count it as a write too.
        var operand = symbol.Name == "SIZEOF" ? BindExpression(list[0].Value!) : BindTarget(list[0].Value!, VariableUsage.ReadWrite);
        if (operand.Type.IsError)
        {
            return new BoundError(syntax, [operand]);
        }

        StType type = symbol.Name switch
        {
            // REF(x) yields a REF_TO (IEC ed. 3), which the binder models as a typed pointer like ADR.
            "ADR" or "REF" => new PointerType(operand.Type),
            "SIZEOF" => ElementaryType.DInt,
            _ => ElementaryType.DWord,
        };
        var argument = new BoundArgument(list[0], "IN", null, ArgumentDirection.Input, operand);
        return new BoundCall(syntax, symbol, null, [argument], type);
    }

    private BoundExpression BindUserCall(InvocationExpressionSyntax syntax, PouSymbol callee, BoundExpression? instance)
    {
        // An action has no interface of its own: CODESYS and TwinCAT let its call set the block's inputs and read its outputs.
        var owner = callee is { Kind: PouKind.Action, Parent: { } block } ? block : callee;
        var parameters = new List<VariableSymbol>();
        foreach (var variable in owner == callee ? callee.Variables : owner.AllVariables())
        {
            if (variable.Storage is VariableStorage.Input or VariableStorage.InOut)
            {
                parameters.Add(variable);
            }
        }

        var arguments = BindArguments(syntax.ArgumentList, callee.Name, parameters, owner == callee ? callee.FindOwnVariable : owner.FindVariable);
        var positional = CountPositional(syntax.ArgumentList);
        if (callee.Kind == PouKind.Function && positional == syntax.ArgumentList.Arguments.Count && positional < RequiredInputs(parameters))
        {
            // A function keeps no state between calls, so every input without a default must be given.
            Report(SemanticDiagnosticCodes.ArgumentCount, syntax,
                $"{callee.Name} takes {parameters.Count} input{(parameters.Count == 1 ? "" : "s")}, but {positional} {(positional == 1 ? "was" : "were")} given");
        }

        if (callee.Kind is PouKind.Function or PouKind.Method)
        {
            CheckInOutsConnected(syntax, callee.Name, parameters, arguments);
        }

        return new BoundCall(syntax, callee, instance, arguments, callee.ReturnType ?? ErrorType.Instance);
    }

    private void CheckInOutsConnected(InvocationExpressionSyntax syntax, string callee, List<VariableSymbol> parameters, List<BoundArgument> arguments)
    {
        foreach (var parameter in parameters)
        {
            if (parameter.Storage != VariableStorage.InOut)
            {
                continue;
            }

            var connected = false;
            foreach (var argument in arguments)
            {
                connected |= ReferenceEquals(argument.Parameter, parameter);
            }

            if (!connected)
            {
                Report(SemanticDiagnosticCodes.MissingInOut, syntax, parameter.Name, callee);
            }
        }
    }

    /// <summary>Binds name := value, name =&gt; target and positional arguments to the callee's parameters.</summary>
    private List<BoundArgument> BindArguments(ArgumentListSyntax list, string callee, List<VariableSymbol> parameters,
        Func<string, VariableSymbol?> findMember)
    {
        var arguments = new List<BoundArgument>(list.Arguments.Count);
        var positional = 0;
        var reportedCount = false;
        foreach (var argument in list.Arguments)
        {
            if (argument.Value is null)
            {
                continue;
            }

            if (argument.Name is not { } nameToken)
            {
                var value = BindExpression(argument.Value);
                if (positional >= parameters.Count)
                {
                    if (!reportedCount)
                    {
                        Report(SemanticDiagnosticCodes.ArgumentCount, argument,
                            $"{callee} takes {parameters.Count} input{(parameters.Count == 1 ? "" : "s")}, but {CountPositional(list)} were given");
                        reportedCount = true;
                    }

                    arguments.Add(new BoundArgument(argument, string.Empty, null, ArgumentDirection.Input, value));
                    continue;
                }

                var parameter = parameters[positional++];
                arguments.Add(BindInputArgument(argument, parameter, value, callee));
                continue;
            }

            var name = Names.Of(nameToken);
            var isOutput = argument.OperatorToken?.Kind == SyntaxKind.ArrowToken;
            var member = findMember(name);
            var valid = member is not null && (isOutput
                ? member.Storage == VariableStorage.Output
                : member.Storage is VariableStorage.Input or VariableStorage.InOut);
            if (!valid)
            {
                var inputs = string.Join(", ", parameters.Select(p => p.Name));
                var message = isOutput
                    ? $"{callee} has no output named '{name}'{OutputList(findMember, callee, parameters)}"
                    : $"{callee} has no input named '{name}'; inputs are {(inputs.Length == 0 ? "none" : inputs)}";
                Report(SemanticDiagnosticCodes.UnknownParameter, nameToken, message);
                var ignored = isOutput ? BindTarget(argument.Value, VariableUsage.Written) : BindExpression(argument.Value);
                arguments.Add(new BoundArgument(argument, name, null, isOutput ? ArgumentDirection.Output : ArgumentDirection.Input, ignored));
                continue;
            }

            if (isOutput)
            {
                var target = BindTarget(argument.Value, VariableUsage.Written);
                ConvertArgument(new BoundVariable(argument, member!), target.Type, argument.Value, $"output '{member!.Name}' (to {argument.Value})", callee);
                arguments.Add(new BoundArgument(argument, member.Name, member, ArgumentDirection.Output, target, argument.NotKeyword is not null));
            }
            else
            {
                var value = member!.Storage == VariableStorage.InOut ? BindTarget(argument.Value, VariableUsage.ReadWrite) : BindExpression(argument.Value);
                arguments.Add(BindInputArgument(argument, member, value, callee));
            }
        }

        return arguments;
    }

    private static int RequiredInputs(List<VariableSymbol> parameters)
    {
        var count = 0;
        foreach (var parameter in parameters)
        {
            count += parameter.Initializer is null ? 1 : 0;
        }

        return count;
    }

    private static int CountPositional(ArgumentListSyntax list)
    {
        var count = 0;
        foreach (var argument in list.Arguments)
        {
            count += argument.Name is null ? 1 : 0;
        }

        return count;
    }

    private string OutputList(Func<string, VariableSymbol?> findMember, string callee, List<VariableSymbol> parameters)
    {
        _ = findMember;
        _ = parameters;
        var block = Globals.FindPou(callee);
        IEnumerable<string> outputs = block is not null
            ? block.AllVariables().Where(v => v.Storage == VariableStorage.Output).Select(v => v.Name)
            : StandardCatalog.TryGetFunctionBlock(callee, out var standard) ? standard.Outputs.Select(o => o.Name) : [];
        var text = string.Join(", ", outputs);
        return text.Length == 0 ? string.Empty : $"; outputs are {text}";
    }

    private BoundArgument BindInputArgument(ArgumentSyntax argument, VariableSymbol parameter, BoundExpression value, string callee)
    {
        if (parameter.Storage == VariableStorage.InOut)
        {
            if (!value.Type.IsError && !parameter.Type.IsError && !Conversions.Classify(value.Type, parameter.Type).Kind.Equals(ConversionKind.Identity)
                && !(Dereferenced(parameter.Type) is ArrayType { HasVariableBounds: true } && value.Type.Underlying is ArrayType))
            {
                Report(SemanticDiagnosticCodes.ArgumentTypeMismatch, argument.Value!,
                    $"VAR_IN_OUT '{parameter.Name}' of {callee} needs a variable of type {parameter.Type.Name}, not {value.Type.Name}");
            }

            return new BoundArgument(argument, parameter.Name, parameter, ArgumentDirection.InOut, value);
        }

        var converted = ConvertArgument(value, parameter.Type, argument.Value!, $"input '{parameter.Name}'", callee);
        return new BoundArgument(argument, parameter.Name, parameter, ArgumentDirection.Input, converted);
    }

    private BoundExpression BindStandardCall(InvocationExpressionSyntax syntax, StandardFunctionSymbol symbol)
    {
        var list = syntax.ArgumentList.Arguments;
        var values = new List<BoundExpression>(list.Count);
        var actuals = new List<FunctionArgument>(list.Count);
        var argumentSyntax = new List<ArgumentSyntax>(list.Count);
        foreach (var argument in list)
        {
            if (argument.Value is null)
            {
                continue;
            }

            var value = BindExpression(argument.Value);
            values.Add(value);
            argumentSyntax.Add(argument);
            var name = argument.Name is { } n ? Names.Of(n) : null;
            actuals.Add(value is BoundLiteral { IsUntyped: true } literal
                ? FunctionArgument.Literal(literal.Value, name)
                : new FunctionArgument(name, value.Type));
        }

        for (var i = 0; i < values.Count; i++)
        {
            if (values[i].Type.IsError)
            {
                return new BoundError(syntax, values); // already reported; do not guess an overload
            }
        }

        var resolution = FunctionResolver.Resolve(symbol.Function, actuals, _mode);
        if (resolution.Error is { } error)
        {
            var at = error.ArgumentIndex >= 0 && error.ArgumentIndex < argumentSyntax.Count && error.Kind != ArgumentErrorKind.MissingArgument
                ? (SyntaxNode)argumentSyntax[error.ArgumentIndex]
                : syntax;
            var code = error.Kind switch
            {
                ArgumentErrorKind.TypeMismatch => SemanticDiagnosticCodes.ArgumentTypeMismatch,
                ArgumentErrorKind.UnknownParameter or ArgumentErrorKind.DuplicateArgument => SemanticDiagnosticCodes.UnknownParameter,
                _ => SemanticDiagnosticCodes.ArgumentCount,
            };
            Report(code, at, error.Message);
            return new BoundError(syntax, values);
        }

        return BuildStandardCall(syntax, symbol, values, argumentSyntax, resolution);
    }

    private BoundCall BuildStandardCall(SyntaxNode syntax, StandardFunctionSymbol symbol, List<BoundExpression> values,
        List<ArgumentSyntax> argumentSyntax, FunctionResolution resolution)
    {
        var arguments = new List<BoundArgument>(values.Count);
        for (var i = 0; i < values.Count; i++)
        {
            var parameterType = resolution.ParameterTypes[i];
            var value = values[i];
            if (value is BoundLiteral { IsUntyped: true } && parameterType.Underlying is ElementaryType)
            {
                value = Convert(value, parameterType, argumentSyntax[i], out _);
            }
            else if (!value.Type.Equals(parameterType) && parameterType is not GenericType)
            {
                var conversion = Conversions.Classify(value.Type, parameterType);
                if (conversion.Exists && conversion.Kind != ConversionKind.Identity)
                {
                    value = Wrap(value, parameterType, conversion);
                }
            }

            arguments.Add(new BoundArgument(argumentSyntax[i], resolution.Parameters[i].Name, null, ArgumentDirection.Input, value));
        }

        return new BoundCall(syntax, symbol, null, arguments, resolution.ResultType, resolution);
    }

    /// <summary>
    /// SEL(xFast, 100, 500) assigned to an INT: when the generic type was fixed only by untyped literals, the call is
    /// resolved again with T as the target type, as it would be for the literals alone.
    /// </summary>
    private BoundCall? RetypeLiteralGenericCall(BoundCall call, StType target)
    {
        if (call.Callee is not StandardFunctionSymbol symbol || call.Resolution is not { GenericType: { } generic } resolution
            || !resolution.ResultType.Equals(generic) || target.Underlying is not ElementaryType)
        {
            return null;
        }

        var values = new List<BoundExpression>(call.Arguments.Count);
        var actuals = new List<FunctionArgument>(call.Arguments.Count);
        var argumentSyntax = new List<ArgumentSyntax>(call.Arguments.Count);
        var retyped = false;
        for (var i = 0; i < call.Arguments.Count; i++)
        {
            var argument = call.Arguments[i];
            var value = argument.Value;
            var syntax = (ArgumentSyntax)argument.Syntax;
            var name = syntax.Name is { } n ? Names.Of(n) : null;
            if (resolution.Parameters[i].BindsGeneric)
            {
                if (value is not BoundLiteral { IsUntyped: true } literal || ConstantConversion.FitUntyped(literal.Value, target).Value is not { } fitted)
                {
                    return null;
                }

                value = new BoundLiteral(literal.Syntax, fitted, true);
                retyped = true;
                actuals.Add(new FunctionArgument(name, target));
            }
            else
            {
                actuals.Add(value is BoundLiteral { IsUntyped: true } l ? FunctionArgument.Literal(l.Value, name) : new FunctionArgument(name, value.Type));
            }

            values.Add(value);
            argumentSyntax.Add(syntax);
        }

        var again = FunctionResolver.Resolve(symbol.Function, actuals, _mode);
        return retyped && again.Succeeded && again.ResultType.Equals(target)
            ? BuildStandardCall(call.Syntax, symbol, values, argumentSyntax, again)
            : null;
    }
}
