namespace PlcFleet.StructuredText.Semantics.Types;

/// <summary><c>ARRAY[1..10, 0..3] OF REAL</c>: equal to another array with the same bounds and element type.</summary>
public sealed class ArrayType : StType
{
    public ArrayType(IEnumerable<ArrayDimension> dimensions, StType elementType)
    {
        Dimensions = [.. dimensions];
        if (Dimensions.Count == 0)
        {
            throw new ArgumentException("An array has at least one dimension.", nameof(dimensions));
        }

        ElementType = elementType;
    }

    public ArrayType(long lower, long upper, StType elementType)
        : this([new ArrayDimension(lower, upper)], elementType)
    {
    }

    public IReadOnlyList<ArrayDimension> Dimensions { get; }

    public StType ElementType { get; }

    public int Rank => Dimensions.Count;

    public bool HasVariableBounds => Dimensions.Any(d => d.IsVariable);

    /// <summary>Element count, or 0 for <c>ARRAY[*]</c>.</summary>
    public long ElementCount => HasVariableBounds ? 0 : Dimensions.Aggregate(1L, (n, d) => n * d.Length);

    public override string Name => $"ARRAY[{string.Join(", ", Dimensions)}] OF {ElementType.Name}";

    public override bool Equals(StType? other) =>
        other is ArrayType a && a.ElementType.Equals(ElementType) && a.Dimensions.SequenceEqual(Dimensions);

    public override int GetHashCode() => HashCode.Combine(ElementType, Rank, Dimensions[0]);
}
