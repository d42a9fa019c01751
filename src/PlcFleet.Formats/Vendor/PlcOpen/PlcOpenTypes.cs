using System.Xml.Linq;

namespace PlcFleet.Formats.Vendor.PlcOpen;

/// <summary>PLCopen XML type and value elements (<c>&lt;INT/&gt;</c>, <c>&lt;derived name="TON"/&gt;</c>, <c>&lt;array&gt;</c>, <c>&lt;simpleValue&gt;</c>) written as ST.</summary>
internal static class PlcOpenTypes
{
    /// <summary>The ST type of a <c>type</c> or <c>baseType</c> element's single child.</summary>
    public static string TypeOf(XElement? holder)
    {
        var type = holder?.Elements().FirstOrDefault();
        if (type is null)
        {
            return "BOOL";
        }

        var name = type.Name.LocalName;
        return name switch
        {
            "derived" => (string?)type.Attribute("name") ?? "?",
            "string" or "wstring" => (string?)type.Attribute("length") is { } length ? $"{name.ToUpperInvariant()}({length})" : name.ToUpperInvariant(),
            "array" => $"ARRAY[{string.Join(", ", type.Elements().Where(e => e.Name.LocalName == "dimension").Select(d => $"{d.Attribute("lower")?.Value}..{d.Attribute("upper")?.Value}"))}] OF {TypeOf(Child(type, "baseType"))}",
            "pointer" => $"POINTER TO {TypeOf(Child(type, "baseType"))}",
            "enum" => "(" + string.Join(", ", Child(type, "values")?.Elements().Select(v => (string?)v.Attribute("name")) ?? []) + ")",
            "subrangeSigned" or "subrangeUnsigned" => $"{TypeOf(Child(type, "baseType"))}({Child(type, "range")?.Attribute("lower")?.Value}..{Child(type, "range")?.Attribute("upper")?.Value})",
            "struct" => "STRUCT\n" + string.Concat(type.Elements().Where(e => e.Name.LocalName == "variable").Select(v => $"    {v.Attribute("name")?.Value} : {TypeOf(Child(v, "type"))}{InitialValue(Child(v, "initialValue"))};\n")) + "END_STRUCT",
            _ => name.ToUpperInvariant(),
        };
    }

    /// <summary><c> := value</c> for an <c>initialValue</c> element, empty when there is none.</summary>
    public static string InitialValue(XElement? initial)
    {
        var value = initial?.Elements().FirstOrDefault();
        return value is null ? "" : " := " + ValueOf(value);
    }

    private static string ValueOf(XElement value) => value.Name.LocalName switch
    {
        "simpleValue" => (string?)value.Attribute("value") ?? "",
        "arrayValue" => "[" + string.Join(", ", value.Elements().Select(v => ArrayItem(v))) + "]",
        "structValue" => "(" + string.Join(", ", value.Elements().Select(v => $"{v.Attribute("member")?.Value} := {Inner(v)}")) + ")",
        _ => value.Value,
    };

    private static string ArrayItem(XElement item)
    {
        var inner = Inner(item);
        return (string?)item.Attribute("repetitionValue") is { } repeat ? $"{repeat}({inner})" : inner;
    }

    private static string Inner(XElement holder) => holder.Elements().FirstOrDefault() is { } value ? ValueOf(value) : "";

    public static XElement? Child(XElement? parent, string localName) => parent?.Elements().FirstOrDefault(e => e.Name.LocalName == localName);
}
