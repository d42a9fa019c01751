using Microsoft.AspNetCore.Antiforgery;
using Microsoft.AspNetCore.Html;
using Microsoft.AspNetCore.Http;

namespace PlcFleet.Web.Html;

/// <summary>The antiforgery field every state-changing form carries; a POST without it is answered with 400.</summary>
public sealed record FormToken(string FieldName, string Value)
{
    public HtmlString Hidden() => HtmlBuilder.Of($"<input type=\"hidden\" name=\"{FieldName}\" value=\"{Value}\">");

    public static FormToken For(HttpContext context)
    {
        var tokens = context.RequestServices.GetService(typeof(IAntiforgery)) is IAntiforgery antiforgery
            ? antiforgery.GetAndStoreTokens(context)
            : throw new InvalidOperationException("antiforgery services are not registered");
        return new FormToken(tokens.FormFieldName, tokens.RequestToken ?? "");
    }
}
