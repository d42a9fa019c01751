using Microsoft.AspNetCore.Antiforgery;
using Microsoft.AspNetCore.Http;

namespace PlcFleet.Web.Auth;

/// <summary>
/// Every state-changing POST passes through here: a request without the form token that the page issued (a
/// cross-site form, a script, a replay from another session) is answered with 400 before anything is read or written.
/// </summary>
public sealed class AntiforgeryCheck(IAntiforgery antiforgery) : IEndpointFilter
{
    public async ValueTask<object?> InvokeAsync(EndpointFilterInvocationContext context, EndpointFilterDelegate next)
    {
        if (!await antiforgery.IsRequestValidAsync(context.HttpContext))
        {
            return Results.Text("400: the form token is missing or invalid; reload the page and try again", "text/plain", statusCode: StatusCodes.Status400BadRequest);
        }

        return await next(context);
    }
}
