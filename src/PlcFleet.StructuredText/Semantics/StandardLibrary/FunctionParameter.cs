using PlcFleet.StructuredText.Semantics.Types;

namespace PlcFleet.StructuredText.Semantics.StandardLibrary;

/// <summary>
/// A formal input of a standard function, named as the standard names it (IN, IN1, N, G, K, MN, MX, L, P).
/// When <see cref="BindsGeneric"/> is set, the argument takes part in choosing the signature's generic type T and
/// <see cref="Type"/> is T's category; otherwise <see cref="Type"/> is a concrete type or a category checked on its own
/// (N : ANY_INT of SHL).
/// </summary>
public sealed record FunctionParameter(string Name, StType Type, bool BindsGeneric = false)
{
    public override string ToString() => $"{Name} : {(BindsGeneric ? "T" : Type.Name)}";
}
