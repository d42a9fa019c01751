namespace PlcFleet.StructuredText.Semantics.Types;

/// <summary>
/// A declared enumeration <c>(Idle, Running := 5, Fault)</c>. Members without a value take the previous value plus
/// one, starting at 0; the base type defaults to INT as in CODESYS and the standard's typed enumerations.
/// </summary>
public sealed class EnumType : StType
{
    public EnumType(string name, IEnumerable<(string Name, long? Value)> members, ElementaryType? baseType = null)
    {
        Name = name;
        BaseType = baseType ?? ElementaryType.Int;
        var list = new List<EnumMember>();
        var next = 0L;
        foreach (var (memberName, value) in members)
        {
            var v = value ?? next;
            list.Add(new EnumMember(memberName, v));
            next = v + 1;
        }

        Members = list;
    }

    public EnumType(string name, params string[] members)
        : this(name, members.Select(m => (m, (long?)null)))
    {
    }

    public override string Name { get; }

    public ElementaryType BaseType { get; }

    public IReadOnlyList<EnumMember> Members { get; }

    public EnumMember? FindMember(string name) => Members.FirstOrDefault(m => SameName(m.Name, name));

    public EnumMember? FindMember(long value) => Members.FirstOrDefault(m => m.Value == value);

    public override bool Equals(StType? other) => other is EnumType e && SameName(e.Name, Name);

    public override int GetHashCode() => NameHash(Name);
}
