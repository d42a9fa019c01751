using PlcFleet.StructuredText.Semantics.Types;

namespace PlcFleet.StructuredText.Semantics.StandardLibrary;

/// <summary>
/// One overload of a standard function: its fixed inputs, optional repeatable inputs, the category of its generic
/// type T (when it has one) and its result: a fixed type, or T itself when <see cref="Result"/> is null.
/// </summary>
public sealed record FunctionSignature(
    IReadOnlyList<FunctionParameter> Parameters,
    GenericType? Constraint = null,
    StType? Result = null,
    ExtensibleInputs? Extensible = null)
{
    public bool IsGeneric => Constraint is not null;

    public bool ResultIsGeneric => Result is null;

    public StType ResultFor(StType? generic) => Result ?? generic ?? ErrorType.Instance;

    public string Describe(string name)
    {
        var inputs = Parameters.Select(p => p.ToString()).ToList();
        if (Extensible is { } ext)
        {
            for (var i = 0; i < ext.MinimumCount; i++)
            {
                inputs.Add(ext.ParameterAt(i).ToString());
            }

            inputs.Add("...");
        }

        var generic = Constraint is null ? "" : $"<T : {Constraint.Name}>";
        return $"{name}{generic}({string.Join(", ", inputs)}) : {(Result is null ? "T" : Result.Name)}";
    }
}
