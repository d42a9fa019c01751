namespace PlcFleet.StructuredText.Semantics.Types;

/// <summary>
/// A type as IEC 61131-3 knows it. Elementary, array, string, pointer, reference and subrange types compare by
/// structure; declared types (structures, enumerations, aliases, function blocks, interfaces) compare by name,
/// because IEC makes every TYPE declaration a type of its own.
/// </summary>
public abstract class StType : IEquatable<StType>
{
    /// <summary>The type as a PLC engineer writes it, e.g. <c>INT</c>, <c>STRING(20)</c>, <c>ARRAY[1..10] OF REAL</c>.</summary>
    public abstract string Name { get; }

    /// <summary>The type behind aliases (TYPE Speed : INT) and subranges, which is what conversions and operators see.</summary>
    public virtual StType Underlying => this;

    public bool IsError => this is ErrorType;

    public abstract bool Equals(StType? other);

    public sealed override bool Equals(object? obj) => Equals(obj as StType);

    public abstract override int GetHashCode();

    public override string ToString() => Name;

    public static bool operator ==(StType? left, StType? right) => left is null ? right is null : left.Equals(right);

    public static bool operator !=(StType? left, StType? right) => !(left == right);

    private protected static int NameHash(string name) => StringComparer.OrdinalIgnoreCase.GetHashCode(name);

    private protected static bool SameName(string a, string b) => string.Equals(a, b, StringComparison.OrdinalIgnoreCase);
}
