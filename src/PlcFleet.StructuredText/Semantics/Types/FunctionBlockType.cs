namespace PlcFleet.StructuredText.Semantics.Types;

/// <summary>
/// A FUNCTION_BLOCK, standard (TON, CTU...) or user-declared, as the binder needs it: its variables by section,
/// base block (EXTENDS), implemented interfaces, methods and properties. Compared by name.
/// </summary>
/// <remarks>
/// Blocks may refer to each other (FB_Line holds an FB_Station that points back to its FB_Line), so the binder can
/// first declare every block by name and then <see cref="Define"/> each one once; after that it never changes.
/// </remarks>
public sealed class FunctionBlockType : StType
{
    /// <summary>Declares a block whose members are given later with <see cref="Define"/>.</summary>
    public FunctionBlockType(string name) => Name = name;

    public FunctionBlockType(string name, IEnumerable<FunctionBlockMember> members,
        FunctionBlockType? baseType = null, IEnumerable<InterfaceType>? interfaces = null,
        IEnumerable<MethodSignature>? methods = null, IEnumerable<PropertySignature>? properties = null)
        : this(name) => Define(members, baseType, interfaces, methods, properties);

    public override string Name { get; }

    public bool IsDefined { get; private set; }

    public FunctionBlockType? BaseType { get; private set; }

    public IReadOnlyList<InterfaceType> Interfaces { get; private set; } = [];

    public IReadOnlyList<FunctionBlockMember> DeclaredMembers { get; private set; } = [];

    public IReadOnlyList<MethodSignature> DeclaredMethods { get; private set; } = [];

    public IReadOnlyList<PropertySignature> DeclaredProperties { get; private set; } = [];

    /// <summary>Inherited members first, then this block's own, in declaration order.</summary>
    public IEnumerable<FunctionBlockMember> Members => (BaseType?.Members ?? []).Concat(DeclaredMembers);

    public IEnumerable<FunctionBlockMember> Inputs => Members.Where(m => m.Kind == VariableKind.Input);

    public IEnumerable<FunctionBlockMember> Outputs => Members.Where(m => m.Kind == VariableKind.Output);

    public IEnumerable<FunctionBlockMember> InOuts => Members.Where(m => m.Kind == VariableKind.InOut);

    public IEnumerable<FunctionBlockMember> Locals => Members.Where(m => m.Kind is VariableKind.Local or VariableKind.Temp or VariableKind.Static);

    /// <summary>
    /// Gives a declared block its contents, once. A base block that already derives from this one would make a
    /// cycle and is refused; the binder checks <see cref="IsDerivedFrom"/> first and reports it as a diagnostic.
    /// </summary>
    public void Define(IEnumerable<FunctionBlockMember> members, FunctionBlockType? baseType = null,
        IEnumerable<InterfaceType>? interfaces = null, IEnumerable<MethodSignature>? methods = null,
        IEnumerable<PropertySignature>? properties = null)
    {
        if (IsDefined)
        {
            throw new InvalidOperationException($"{Name} is already defined.");
        }

        if (baseType is not null && baseType.IsDerivedFrom(this))
        {
            throw new ArgumentException($"{Name} cannot extend {baseType.Name}: the inheritance would be circular.", nameof(baseType));
        }

        DeclaredMembers = [.. members];
        BaseType = baseType;
        Interfaces = [.. interfaces ?? []];
        DeclaredMethods = [.. methods ?? []];
        DeclaredProperties = [.. properties ?? []];
        IsDefined = true;
    }

    public FunctionBlockMember? FindMember(string name) =>
        DeclaredMembers.FirstOrDefault(m => SameName(m.Name, name)) ?? BaseType?.FindMember(name);

    /// <summary>Own methods override inherited ones; interface methods are not bodies, so they are not searched.</summary>
    public MethodSignature? FindMethod(string name) =>
        DeclaredMethods.FirstOrDefault(m => SameName(m.Name, name)) ?? BaseType?.FindMethod(name);

    public PropertySignature? FindProperty(string name) =>
        DeclaredProperties.FirstOrDefault(p => SameName(p.Name, name)) ?? BaseType?.FindProperty(name);

    public bool IsDerivedFrom(FunctionBlockType other) => Equals(other) || (BaseType?.IsDerivedFrom(other) ?? false);

    /// <summary>True when this block or a base block implements <paramref name="itf"/> or an interface extending it.</summary>
    public bool Implements(InterfaceType itf) =>
        Interfaces.Any(i => i.Extends(itf)) || (BaseType?.Implements(itf) ?? false);

    public override bool Equals(StType? other) => other is FunctionBlockType f && SameName(f.Name, Name);

    public override int GetHashCode() => NameHash(Name);
}
