using System.Globalization;
using System.Runtime.CompilerServices;
using System.Text;
using System.Text.Encodings.Web;
using Microsoft.AspNetCore.Html;

namespace PlcFleet.Web.Html;

/// <summary>
/// An interpolated string that HTML-encodes every hole unless the hole is already <see cref="IHtmlContent"/>.
/// Pages show text written by agents, engineers and PLC programmers; encoding by default means a forgotten
/// call can never turn a comment or a diff line into markup.
/// </summary>
[InterpolatedStringHandler]
public ref struct HtmlText
{
    private readonly StringBuilder _builder;

    public HtmlText(int literalLength, int formattedCount)
    {
        _builder = new StringBuilder(literalLength + (formattedCount * 16));
    }

    public HtmlText(int literalLength, int formattedCount, HtmlBuilder target)
    {
        _ = literalLength;
        _ = formattedCount;
        _builder = target.Builder;
    }

    public readonly void AppendLiteral(string literal) => _builder.Append(literal);

    public readonly void AppendFormatted<T>(T value)
    {
        switch (value)
        {
            case null:
                return;
            case IHtmlContent html:
                using (var writer = new StringWriter(_builder, CultureInfo.InvariantCulture))
                {
                    html.WriteTo(writer, HtmlEncoder.Default);
                }

                return;
            case IFormattable formattable:
                _builder.Append(HtmlEncoder.Default.Encode(formattable.ToString(null, CultureInfo.InvariantCulture)));
                return;
            default:
                _builder.Append(HtmlEncoder.Default.Encode(value.ToString() ?? ""));
                return;
        }
    }

    public readonly void AppendFormatted<T>(T value, string? format)
        where T : IFormattable =>
        _builder.Append(HtmlEncoder.Default.Encode(value.ToString(format, CultureInfo.InvariantCulture)));

    internal readonly string Text() => _builder.ToString();
}
