using PlcFleet.StructuredText.Semantics.Types;

namespace PlcFleet.StructuredText.Semantics.StandardLibrary;

/// <summary>Short-hands that keep the library tables below readable, close to how the standard prints them.</summary>
internal static class Signatures
{
    /// <summary>An input of a concrete type or of a category checked on its own.</summary>
    public static FunctionParameter In(string name, StType type) => new(name, type);

    /// <summary>An input of the generic type T.</summary>
    public static FunctionParameter T(string name, GenericType constraint) => new(name, constraint, BindsGeneric: true);

    /// <summary>A signature over T with a T result, e.g. ABS(IN : T) : T.</summary>
    public static FunctionSignature Generic(GenericType constraint, params FunctionParameter[] parameters) =>
        new(parameters, constraint);

    /// <summary>A signature over T with a fixed result, e.g. LEN or GT.</summary>
    public static FunctionSignature GenericTo(GenericType constraint, StType result, params FunctionParameter[] parameters) =>
        new(parameters, constraint, result);

    public static FunctionSignature Fixed(StType result, params FunctionParameter[] parameters) => new(parameters, null, result);

    /// <summary>IN1, IN2, ... INn of T, at least two, after any fixed inputs (K of MUX).</summary>
    public static FunctionSignature Extensible(GenericType constraint, StType? result, string prefix, int first, params FunctionParameter[] leading) =>
        new(leading, constraint, result, new ExtensibleInputs(prefix, first, 2, T(prefix, constraint)));
}
