using Microsoft.AspNetCore.Html;
using Microsoft.AspNetCore.Http;
using PlcFleet.Web.Auth;
using PlcFleet.Web.Html;
using PlcFleet.Web.Pages;

namespace PlcFleet.Web.Endpoints;

/// <summary>A page in the layout, for the signed-in person, with a fresh form token.</summary>
public static class PageResult
{
    public static IResult Of(HttpContext context, string title, IHtmlContent body, int statusCode = StatusCodes.Status200OK)
    {
        var html = PageLayout.Render(title, Reviewer.From(context.User), FormToken.For(context), body);
        context.Response.Headers.CacheControl = "no-store";
        return Results.Content(html, "text/html; charset=utf-8", statusCode: statusCode);
    }

    public static IResult NotFound(HttpContext context, string what) =>
        Of(context, "Not found", HtmlBuilder.Of($"<p class=\"refusal\">{what}</p><p><a href=\"/\">Back to the fleet</a></p>"), StatusCodes.Status404NotFound);
}
