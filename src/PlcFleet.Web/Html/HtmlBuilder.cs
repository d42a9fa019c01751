using System.Runtime.CompilerServices;
using System.Text;
using Microsoft.AspNetCore.Html;

namespace PlcFleet.Web.Html;

/// <summary>Collects a page fragment from <see cref="HtmlText"/> pieces (holes encoded) into one <see cref="HtmlString"/>.</summary>
public sealed class HtmlBuilder
{
    internal StringBuilder Builder { get; } = new();

    public HtmlBuilder Add([InterpolatedStringHandlerArgument("")] HtmlText text)
    {
        _ = text;
        return this;
    }

    public HtmlBuilder Add(IHtmlContent? content)
    {
        if (content is HtmlString html)
        {
            Builder.Append(html.Value);
        }
        else if (content is not null)
        {
            Add($"{content}");
        }

        return this;
    }

    public HtmlString ToHtml() => new(Builder.ToString());

    public override string ToString() => Builder.ToString();

    /// <summary>One encoded fragment: <c>Html.Of($"&lt;td&gt;{name}&lt;/td&gt;")</c>.</summary>
    public static HtmlString Of(HtmlText text) => new(text.Text());

    /// <summary>Fragments joined in order.</summary>
    public static HtmlString Join(IEnumerable<IHtmlContent> parts)
    {
        var builder = new HtmlBuilder();
        foreach (var part in parts)
        {
            builder.Add(part);
        }

        return builder.ToHtml();
    }
}
