namespace PlcFleet.StructuredText.Semantics.Types;

/// <summary>An INTERFACE (IEC 3rd ed. / CODESYS): methods and properties, extending any number of interfaces.</summary>
public sealed class InterfaceType : StType
{
    public InterfaceType(string name, IEnumerable<MethodSignature>? methods = null,
        IEnumerable<PropertySignature>? properties = null, IEnumerable<InterfaceType>? baseInterfaces = null)
    {
        Name = name;
        Methods = [.. methods ?? []];
        Properties = [.. properties ?? []];
        BaseInterfaces = [.. baseInterfaces ?? []];
    }

    public override string Name { get; }

    public IReadOnlyList<MethodSignature> Methods { get; }

    public IReadOnlyList<PropertySignature> Properties { get; }

    public IReadOnlyList<InterfaceType> BaseInterfaces { get; }

    public MethodSignature? FindMethod(string name) =>
        Methods.FirstOrDefault(m => SameName(m.Name, name))
        ?? BaseInterfaces.Select(b => b.FindMethod(name)).FirstOrDefault(m => m is not null);

    public PropertySignature? FindProperty(string name) =>
        Properties.FirstOrDefault(p => SameName(p.Name, name))
        ?? BaseInterfaces.Select(b => b.FindProperty(name)).FirstOrDefault(p => p is not null);

    /// <summary>True when this interface is <paramref name="other"/> or extends it, directly or not.</summary>
    public bool Extends(InterfaceType other) => Equals(other) || BaseInterfaces.Any(b => b.Extends(other));

    public override bool Equals(StType? other) => other is InterfaceType i && SameName(i.Name, Name);

    public override int GetHashCode() => NameHash(Name);
}
