using System.Diagnostics.CodeAnalysis;
using PlcFleet.StructuredText.Semantics.Types;

namespace PlcFleet.StructuredText.Semantics.StandardLibrary;

/// <summary>
/// The outcome of resolving a call: the chosen overload, the generic type T it was instantiated with, the result
/// type, and for every argument (in call order) the parameter it binds to and the type it is converted to — or the
/// argument error. A failed resolution still has a result type (the error type) so checking can go on.
/// </summary>
public sealed record FunctionResolution(
    StandardFunction Function,
    FunctionSignature? Signature,
    StType? GenericType,
    StType ResultType,
    IReadOnlyList<FunctionParameter> Parameters,
    IReadOnlyList<StType> ParameterTypes,
    ArgumentError? Error)
{
    [MemberNotNullWhen(true, nameof(Signature))]
    public bool Succeeded => Signature is not null && Error is null;
}
