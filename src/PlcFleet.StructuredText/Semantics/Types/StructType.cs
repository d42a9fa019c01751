namespace PlcFleet.StructuredText.Semantics.Types;

/// <summary>
/// A declared <c>STRUCT</c>, optionally <c>EXTENDS</c> another struct (CODESYS/TwinCAT). Compared by name.
/// </summary>
public sealed class StructType : StType
{
    private readonly IReadOnlyList<StructField> _fields;

    public StructType(string name, IEnumerable<StructField> fields, StructType? baseType = null)
        : this(name, _ => fields, baseType)
    {
    }

    /// <summary>
    /// For structs that point at themselves (<c>next : POINTER TO Node</c>): the field factory receives the struct
    /// under construction.
    /// </summary>
    public StructType(string name, Func<StructType, IEnumerable<StructField>> fields, StructType? baseType = null)
    {
        Name = name;
        BaseType = baseType;
        _fields = [.. fields(this)];
    }

    public override string Name { get; }

    public StructType? BaseType { get; }

    /// <summary>The fields declared on this struct only.</summary>
    public IReadOnlyList<StructField> DeclaredFields => _fields;

    /// <summary>Inherited fields first, then this struct's own.</summary>
    public IEnumerable<StructField> AllFields => (BaseType?.AllFields ?? []).Concat(_fields);

    public StructField? FindField(string name) =>
        _fields.FirstOrDefault(f => SameName(f.Name, name)) ?? BaseType?.FindField(name);

    /// <summary>True when this struct is <paramref name="other"/> or extends it.</summary>
    public bool IsDerivedFrom(StructType other) => Equals(other) || (BaseType?.IsDerivedFrom(other) ?? false);

    public override bool Equals(StType? other) => other is StructType s && SameName(s.Name, Name);

    public override int GetHashCode() => NameHash(Name);
}
