namespace PlcFleet.StructuredText.Semantics.Types;

/// <summary>
/// A FUNCTION_BLOCK, standard (TON, CTU...) or user-declared, as the binder needs it: its variables by section,
/// base block (EXTENDS), implemented interfaces, methods and properties. Compared by name.
/// </summary>
public sealed class FunctionBlockType : StType
{
    public FunctionBlockType(string name, IEnumerable<FunctionBlockMember> members,
        FunctionBlockType? baseType = null, IEnumerable<InterfaceType>? interfaces = null,
        IEnumerable<MethodSignature>? methods = null, IEnumerable<PropertySignature>? properties = null)
    {
        Name = name;
        DeclaredMembers = [.. members];
        BaseType = baseType;
        Interfaces = [.. interfaces ?? []];
        DeclaredMethods = [.. methods ?? []];
        DeclaredProperties = [.. properties ?? []];
    }

    public override string Name { get; }

    public FunctionBlockType? BaseType { get; }

    public IReadOnlyList<InterfaceType> Interfaces { get; }

    public IReadOnlyList<FunctionBlockMember> DeclaredMembers { get; }

    public IReadOnlyList<MethodSignature> DeclaredMethods { get; }

    public IReadOnlyList<PropertySignature> DeclaredProperties { get; }

    /// <summary>Inherited members first, then this block's own, in declaration order.</summary>
    public IEnumerable<FunctionBlockMember> Members => (BaseType?.Members ?? []).Concat(DeclaredMembers);

    public IEnumerable<FunctionBlockMember> Inputs => Members.Where(m => m.Kind == VariableKind.Input);

    public IEnumerable<FunctionBlockMember> Outputs => Members.Where(m => m.Kind == VariableKind.Output);

    public IEnumerable<FunctionBlockMember> InOuts => Members.Where(m => m.Kind == VariableKind.InOut);

    public IEnumerable<FunctionBlockMember> Locals => Members.Where(m => m.Kind is VariableKind.Local or VariableKind.Temp or VariableKind.Static);

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
