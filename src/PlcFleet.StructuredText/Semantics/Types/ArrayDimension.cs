namespace PlcFleet.StructuredText.Semantics.Types;

/// <summary>
/// One dimension of an array, <c>1..10</c>, or <c>*</c> when the bounds are only known at call time
/// (VAR_IN_OUT arrays of variable length).
/// </summary>
public readonly record struct ArrayDimension
{
    public ArrayDimension(long lower, long upper)
    {
        if (upper < lower)
        {
            throw new ArgumentException($"Upper bound {upper} is below lower bound {lower}.", nameof(upper));
        }

        Lower = lower;
        Upper = upper;
        IsVariable = false;
    }

    private ArrayDimension(bool isVariable) => IsVariable = isVariable;

    /// <summary>The <c>*</c> dimension of a variable-length array.</summary>
    public static ArrayDimension Variable { get; } = new(isVariable: true);

    public long Lower { get; }

    public long Upper { get; }

    public bool IsVariable { get; }

    public long Length => IsVariable ? 0 : Upper - Lower + 1;

    public bool Contains(long index) => IsVariable || (index >= Lower && index <= Upper);

    public override string ToString() => IsVariable ? "*" : $"{Lower}..{Upper}";
}
