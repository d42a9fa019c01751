namespace PlcFleet.StructuredText.Semantics.Types;

/// <summary>
/// A declared <c>STRUCT</c>, optionally <c>EXTENDS</c> another struct (CODESYS/TwinCAT). Compared by name. Structs
/// that refer to each other through pointers are declared by name first and defined once later.
/// </summary>
public sealed class StructType : StType
{
    /// <summary>Declares a struct whose fields are given later with <see cref="Define"/>.</summary>
    public StructType(string name) => Name = name;

    public StructType(string name, IEnumerable<StructField> fields, StructType? baseType = null)
        : this(name) => Define(fields, baseType);

    /// <summary>
    /// For structs that point at themselves (<c>next : POINTER TO ST_AlarmNode</c>): the field factory receives the
    /// struct under construction.
    /// </summary>
    public StructType(string name, Func<StructType, IEnumerable<StructField>> fields, StructType? baseType = null)
        : this(name) => Define(fields(this), baseType);

    public override string Name { get; }

    public bool IsDefined { get; private set; }

    public StructType? BaseType { get; private set; }

    /// <summary>The fields declared on this struct only.</summary>
    public IReadOnlyList<StructField> DeclaredFields { get; private set; } = [];

    /// <summary>Inherited fields first, then this struct's own.</summary>
    public IEnumerable<StructField> AllFields => (BaseType?.AllFields ?? []).Concat(DeclaredFields);

    /// <summary>Gives a declared struct its fields, once; a circular EXTENDS is refused (the binder checks <see cref="IsDerivedFrom"/> first).</summary>
    public void Define(IEnumerable<StructField> fields, StructType? baseType = null)
    {
        if (IsDefined)
        {
            throw new InvalidOperationException($"{Name} is already defined.");
        }

        if (baseType is not null && baseType.IsDerivedFrom(this))
        {
            throw new ArgumentException($"{Name} cannot extend {baseType.Name}: the inheritance would be circular.", nameof(baseType));
        }

        DeclaredFields = [.. fields];
        BaseType = baseType;
        IsDefined = true;
    }

    public StructField? FindField(string name) =>
        DeclaredFields.FirstOrDefault(f => SameName(f.Name, name)) ?? BaseType?.FindField(name);

    /// <summary>True when this struct is <paramref name="other"/> or extends it.</summary>
    public bool IsDerivedFrom(StructType other) => Equals(other) || (BaseType?.IsDerivedFrom(other) ?? false);

    public override bool Equals(StType? other) => other is StructType s && SameName(s.Name, Name);

    public override int GetHashCode() => NameHash(Name);
}
