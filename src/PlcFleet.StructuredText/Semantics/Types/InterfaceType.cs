namespace PlcFleet.StructuredText.Semantics.Types;

/// <summary>
/// An INTERFACE (IEC 3rd ed. / CODESYS): methods and properties, extending any number of interfaces. Like
/// <see cref="FunctionBlockType"/> it can be declared by name first and defined once later, for interfaces whose
/// methods mention each other.
/// </summary>
public sealed class InterfaceType : StType
{
    /// <summary>Declares an interface whose contents are given later with <see cref="Define"/>.</summary>
    public InterfaceType(string name) => Name = name;

    public InterfaceType(string name, IEnumerable<MethodSignature>? methods = null,
        IEnumerable<PropertySignature>? properties = null, IEnumerable<InterfaceType>? baseInterfaces = null)
        : this(name) => Define(methods, properties, baseInterfaces);

    public override string Name { get; }

    public bool IsDefined { get; private set; }

    public IReadOnlyList<MethodSignature> Methods { get; private set; } = [];

    public IReadOnlyList<PropertySignature> Properties { get; private set; } = [];

    public IReadOnlyList<InterfaceType> BaseInterfaces { get; private set; } = [];

    /// <summary>Gives a declared interface its contents, once; circular EXTENDS is refused (the binder checks <see cref="Extends"/> first).</summary>
    public void Define(IEnumerable<MethodSignature>? methods = null, IEnumerable<PropertySignature>? properties = null,
        IEnumerable<InterfaceType>? baseInterfaces = null)
    {
        if (IsDefined)
        {
            throw new InvalidOperationException($"{Name} is already defined.");
        }

        var bases = baseInterfaces?.ToList() ?? [];
        if (bases.FirstOrDefault(b => b.Extends(this)) is { } circular)
        {
            throw new ArgumentException($"{Name} cannot extend {circular.Name}: the inheritance would be circular.", nameof(baseInterfaces));
        }

        Methods = [.. methods ?? []];
        Properties = [.. properties ?? []];
        BaseInterfaces = bases;
        IsDefined = true;
    }

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
