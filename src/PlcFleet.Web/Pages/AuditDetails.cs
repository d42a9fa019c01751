using System.Globalization;
using System.Text;
using System.Text.Json;
using Microsoft.AspNetCore.Html;
using PlcFleet.Web.Html;

namespace PlcFleet.Web.Pages;

/// <summary>
/// An audit record's details as labelled fields (<c>fleet definition: DEF-2</c>, <c>reason: wrong password</c>), not
/// raw JSON: an auditor reads the trail, a parser does not. Nested objects become nested fields, lists of plain values
/// one comma-separated line. Anything that is not an object is shown as it is.
/// </summary>
public static class AuditDetails
{
    public static HtmlString Render(string detailsJson)
    {
        JsonDocument document;
        try
        {
            document = JsonDocument.Parse(detailsJson);
        }
        catch (JsonException)
        {
            return HtmlBuilder.Of($"<code class=\"details\">{detailsJson}</code>");
        }

        using (document)
        {
            return document.RootElement.ValueKind == JsonValueKind.Object && !document.RootElement.EnumerateObject().Any()
                ? HtmlBuilder.Of($"<span class=\"empty\">-</span>")
                : Value(document.RootElement);
        }
    }

    private static HtmlString Value(JsonElement value) => value.ValueKind switch
    {
        JsonValueKind.Object => Fields(value),
        JsonValueKind.Array when value.EnumerateArray().All(IsPlain) => HtmlBuilder.Of($"{string.Join(", ", value.EnumerateArray().Select(Plain))}"),
        JsonValueKind.Array => HtmlBuilder.Join(value.EnumerateArray().Select(Value)),
        _ => HtmlBuilder.Of($"{Plain(value)}"),
    };

    private static HtmlString Fields(JsonElement value)
    {
        var html = new HtmlBuilder();
        html.Add($"<dl class=\"details\">");
        foreach (var property in value.EnumerateObject())
        {
            html.Add($"<dt>{Label(property.Name)}</dt><dd>{Value(property.Value)}</dd>");
        }

        html.Add($"</dl>");
        return html.ToHtml();
    }

    private static bool IsPlain(JsonElement value) => value.ValueKind is not (JsonValueKind.Object or JsonValueKind.Array);

    private static string Plain(JsonElement value) => value.ValueKind switch
    {
        JsonValueKind.String => value.GetString() ?? "",
        JsonValueKind.True => "yes",
        JsonValueKind.False => "no",
        JsonValueKind.Null => "-",
        _ => value.GetRawText(),
    };

    /// <summary><c>locked_out</c> and <c>fleetDefinition</c> read as "locked out" and "fleet definition".</summary>
    public static string Label(string name)
    {
        var label = new StringBuilder();
        for (var i = 0; i < name.Length; i++)
        {
            var c = name[i];
            if (c is '_' or '-')
            {
                label.Append(' ');
            }
            else if (char.IsUpper(c) && i > 0 && !char.IsUpper(name[i - 1]))
            {
                label.Append(' ').Append(char.ToLower(c, CultureInfo.InvariantCulture));
            }
            else
            {
                label.Append(c);
            }
        }

        return label.ToString();
    }
}
