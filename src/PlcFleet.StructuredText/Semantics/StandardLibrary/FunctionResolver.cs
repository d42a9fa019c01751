using PlcFleet.StructuredText.Semantics.Types;
using PlcFleet.StructuredText.Semantics.Values;

namespace PlcFleet.StructuredText.Semantics.StandardLibrary;

/// <summary>
/// Picks the overload of a standard function for a call and instantiates its generic type T: T is the common type of
/// the typed arguments bound to it (<c>MAX(INT, REAL)</c> is REAL), untyped literals take T if they fit. When no
/// overload fits, the error of the overload that got furthest names the argument at fault.
/// </summary>
public static class FunctionResolver
{
    // Candidates for T when only untyped literals bind it (AND(16#F0, 16#0F)), narrowest first.
    private static readonly ElementaryType[] BySize = [.. ElementaryType.All.OrderBy(t => t.SizeInBits)];

    public static FunctionResolution Resolve(StandardFunction function, IReadOnlyList<FunctionArgument> arguments,
        ConversionMode mode = ConversionMode.Strict)
    {
        FunctionResolution? best = null;
        var bestCost = int.MaxValue;
        FunctionResolution? bestFailure = null;
        var bestProgress = int.MinValue;
        foreach (var signature in function.Signatures)
        {
            var attempt = TryResolve(function, signature, arguments, mode, out var cost);
            if (attempt.Succeeded)
            {
                // Prefer the overload needing the fewest conversions (TO_INT(INT) over TO_INT(DINT)).
                if (cost < bestCost)
                {
                    best = attempt;
                    bestCost = cost;
                }
            }
            else if (Progress(attempt.Error!) > bestProgress)
            {
                bestFailure = attempt;
                bestProgress = Progress(attempt.Error!);
            }
        }

        return best ?? bestFailure!;
    }

    /// <summary>
    /// How far an overload got before failing: arguments that bind beat ones that do not, types that check beat ones
    /// that do not, and later arguments beat earlier ones. The furthest failure names the argument the user got wrong.
    /// </summary>
    private static int Progress(ArgumentError error) => error.Kind switch
    {
        ArgumentErrorKind.MissingArgument => 2000,
        ArgumentErrorKind.TypeMismatch => 1000 + error.ArgumentIndex,
        _ => error.ArgumentIndex,
    };

    private static FunctionResolution TryResolve(StandardFunction function, FunctionSignature signature,
        IReadOnlyList<FunctionArgument> arguments, ConversionMode mode, out int cost)
    {
        cost = 0;
        var bound = new FunctionParameter[arguments.Count];
        if (Bind(function, signature, arguments, bound) is { } bindError)
        {
            return Fail(function, signature, bindError);
        }

        // Non-generic parameters: concrete types convert implicitly, categories must include the argument.
        for (var i = 0; i < arguments.Count; i++)
        {
            var parameter = bound[i];
            if (parameter.BindsGeneric)
            {
                continue;
            }

            if (!Accepts(parameter.Type, arguments[i], mode, ref cost))
            {
                return Fail(function, signature, Mismatch(function, i, parameter, parameter.Type.Name, arguments[i]));
            }
        }

        StType? generic = null;
        if (signature.Constraint is { } constraint)
        {
            var genericResult = InstantiateGeneric(function, constraint, arguments, bound, mode, ref cost);
            if (genericResult.Error is { } genericError)
            {
                return Fail(function, signature, genericError);
            }

            generic = genericResult.Type;
        }

        if (FindMissing(function, signature, bound) is { } missing)
        {
            return Fail(function, signature, missing);
        }

        var parameterTypes = arguments.Select((a, i) => bound[i].BindsGeneric ? generic!
            : bound[i].Type is GenericType ? a.Type : bound[i].Type).ToList();
        return new FunctionResolution(function, signature, generic, signature.ResultFor(generic), bound, parameterTypes, null);
    }

    /// <summary>The first formal input no argument was given for; checked after the types so a wrong type is reported first.</summary>
    private static ArgumentError? FindMissing(StandardFunction function, FunctionSignature signature, FunctionParameter[] bound)
    {
        var given = bound.Select(p => p.Name).ToHashSet(StringComparer.OrdinalIgnoreCase);
        var ext = signature.Extensible;
        foreach (var parameter in signature.Parameters)
        {
            if (!given.Contains(parameter.Name))
            {
                return Missing(function, parameter.Name, parameter.BindsGeneric ? signature.Constraint!.Name : parameter.Type.Name);
            }
        }

        if (ext is not null)
        {
            var required = Math.Max(ext.MinimumCount, bound.Select(p => ext.PositionOf(p.Name)).DefaultIfEmpty(-1).Max() + 1);
            for (var p = 0; p < required; p++)
            {
                if (!given.Contains(ext.NameAt(p)))
                {
                    return Missing(function, ext.NameAt(p), ext.Template.BindsGeneric ? signature.Constraint!.Name : ext.Template.Type.Name);
                }
            }
        }

        return null;
    }

    /// <summary>Matches actual arguments to formal parameters, positional first, then by name.</summary>
    private static ArgumentError? Bind(StandardFunction function, FunctionSignature signature,
        IReadOnlyList<FunctionArgument> arguments, FunctionParameter[] bound)
    {
        var fixedCount = signature.Parameters.Count;
        var ext = signature.Extensible;
        var byName = new Dictionary<string, int>(StringComparer.OrdinalIgnoreCase);
        for (var i = 0; i < arguments.Count; i++)
        {
            var argument = arguments[i];
            FunctionParameter? parameter;
            if (argument.Name is null)
            {
                parameter = i < fixedCount ? signature.Parameters[i] : ext?.ParameterAt(i - fixedCount);
                if (parameter is null)
                {
                    return new ArgumentError(ArgumentErrorKind.TooManyArguments, i, "", $"{fixedCount} inputs", argument.Type,
                        $"{function.Name} takes {fixedCount} input{(fixedCount == 1 ? "" : "s")}, but argument {i + 1} was given");
                }
            }
            else
            {
                var formal = function.Group == FunctionGroup.String ? StringFunctions.IecInputOf(argument.Name) : argument.Name;
                parameter = signature.Parameters.FirstOrDefault(p => p.Name.Equals(formal, StringComparison.OrdinalIgnoreCase));
                if (parameter is null && ext is not null && ext.PositionOf(formal) is var position and >= 0)
                {
                    parameter = ext.ParameterAt(position);
                }

                if (parameter is null)
                {
                    var names = string.Join(", ", signature.Parameters.Select(p => p.Name).Concat(ext is null ? [] : [ext.NameAt(0) + "..."]));
                    return new ArgumentError(ArgumentErrorKind.UnknownParameter, i, argument.Name, names, argument.Type,
                        $"{function.Name} has no input {argument.Name.ToUpperInvariant()}; its inputs are {names}");
                }
            }

            if (!byName.TryAdd(parameter.Name, i))
            {
                return new ArgumentError(ArgumentErrorKind.DuplicateArgument, i, parameter.Name, "one value", argument.Type,
                    $"{function.Name} input {parameter.Name} is given twice");
            }

            bound[i] = parameter;
        }

        return null;
    }

    private static (StType? Type, ArgumentError? Error) InstantiateGeneric(StandardFunction function, GenericType constraint,
        IReadOnlyList<FunctionArgument> arguments, FunctionParameter[] bound, ConversionMode mode, ref int cost)
    {
        StType? generic = null;
        var literals = new List<int>();
        for (var i = 0; i < arguments.Count; i++)
        {
            if (!bound[i].BindsGeneric)
            {
                continue;
            }

            var argument = arguments[i];
            if (argument.IsUntypedLiteral)
            {
                literals.Add(i);
                continue;
            }

            if (!constraint.Includes(argument.Type) && !IsLenientShiftOfInteger(function, constraint, argument.Type, mode))
            {
                return (null, Mismatch(function, i, bound[i], constraint.Name, argument));
            }

            if (generic is null)
            {
                generic = argument.Type;
                continue;
            }

            var common = Conversions.CommonType(generic, argument.Type, mode);
            if (common is null || (!constraint.Includes(common) && !IsLenientShiftOfInteger(function, constraint, common, mode)))
            {
                return (null, Mismatch(function, i, bound[i], $"a value compatible with {generic.Name}", argument));
            }

            generic = common;
        }

        generic ??= literals.Count == 0
            ? ErrorType.Instance // nothing binds T yet (a call with missing inputs): report the missing input instead.
            : LiteralOnlyType(constraint, literals.Select(i => arguments[i].UntypedLiteral!));
        if (generic is null)
        {
            var first = literals[0];
            return (null, Mismatch(function, first, bound[first], constraint.Name, arguments[first]));
        }

        foreach (var i in literals)
        {
            if (!ConstantConversion.FitUntyped(arguments[i].UntypedLiteral!, generic).Succeeded)
            {
                return (null, Mismatch(function, i, bound[i], generic.Name, arguments[i]));
            }
        }

        for (var i = 0; i < arguments.Count; i++)
        {
            if (bound[i].BindsGeneric && !arguments[i].IsUntypedLiteral && !arguments[i].Type.Equals(generic))
            {
                cost++;
            }
        }

        return (generic, null);
    }

    /// <summary>The type T takes when only literals bind it: their provisional type if the category allows it, else the narrowest that holds them all.</summary>
    private static StType? LiteralOnlyType(GenericType constraint, IEnumerable<ConstantValue> literals)
    {
        var values = literals.ToList();
        var provisional = values.Select(v => v.Type).Aggregate((StType?)null, (a, t) => a is null ? t : Conversions.CommonType(a, t));
        if (provisional is not null && constraint.Includes(provisional))
        {
            return provisional;
        }

        // SQRT(2): a whole-number literal where only reals fit becomes LREAL, like a real literal would.
        if (constraint.Includes(ElementaryType.LReal) && !constraint.Includes(ElementaryType.DInt))
        {
            return ElementaryType.LReal;
        }

        return BySize.FirstOrDefault(t => constraint.Includes(t) && values.All(v => ConstantConversion.FitUntyped(v, t).Succeeded));
    }

    /// <summary>CODESYS shifts and rotates integers as well as bit strings: SHL(nUint, 2).</summary>
    private static bool IsLenientShiftOfInteger(StandardFunction function, GenericType constraint, StType type, ConversionMode mode) =>
        mode == ConversionMode.Lenient && function.Group == FunctionGroup.BitShift && constraint == GenericType.AnyBit
        && GenericType.AnyInt.Includes(type);

    private static bool Accepts(StType parameterType, FunctionArgument argument, ConversionMode mode, ref int cost)
    {
        if (parameterType is GenericType category)
        {
            return category.Includes(argument.Type)
                || (argument.UntypedLiteral is { } literal && BySize.Any(t => category.Includes(t) && ConstantConversion.FitUntyped(literal, t).Succeeded));
        }

        if (argument.UntypedLiteral is { } value)
        {
            return ConstantConversion.FitUntyped(value, parameterType).Succeeded;
        }

        var conversion = Conversions.Classify(argument.Type, parameterType);
        if (conversion.Kind != ConversionKind.Identity)
        {
            cost += conversion.Kind == ConversionKind.Lenient ? 10 : 1;
        }

        return conversion.IsImplicit(mode);
    }

    private static ArgumentError Mismatch(StandardFunction function, int index, FunctionParameter parameter, string expected, FunctionArgument argument)
    {
        var actual = argument.UntypedLiteral is { } literal ? $"{LiteralFormatter.Format(literal)}" : argument.Type.Name;
        return new ArgumentError(ArgumentErrorKind.TypeMismatch, index, parameter.Name, expected, argument.Type,
            $"{function.Name} input {parameter.Name} expects {expected}, but got {actual}");
    }

    private static ArgumentError Missing(StandardFunction function, string parameterName, string expected) =>
        new(ArgumentErrorKind.MissingArgument, -1, parameterName, expected, null,
            $"{function.Name} input {parameterName} ({expected}) is not given");

    private static FunctionResolution Fail(StandardFunction function, FunctionSignature signature, ArgumentError error) =>
        new(function, null, null, signature.Result ?? ErrorType.Instance, [], [], error);
}
