using Microsoft.AspNetCore.Authentication;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;
using PlcFleet.Fleet.Users;
using PlcFleet.Web.Auth;
using PlcFleet.Web.Html;
using PlcFleet.Web.Pages;

namespace PlcFleet.Web.Endpoints;

/// <summary>Sign-in with a local account from the store, and sign-out; both are POSTs with a form token.</summary>
public static class SignInEndpoints
{
    public static void Map(IEndpointRouteBuilder app)
    {
        app.MapGet("/signin", (string? returnUrl, HttpContext context) =>
            PageResult.Of(context, "Sign in", SignInPage.Render(FormToken.For(context), LocalOrHome(returnUrl), null))).AllowAnonymous();

        app.MapPost("/signin", async (HttpContext context, DashboardSources sources, CancellationToken cancellationToken) =>
        {
            var form = await context.Request.ReadFormAsync(cancellationToken);
            var name = form["user"].ToString().Trim();
            var returnUrl = LocalOrHome(form["returnUrl"].ToString());
            // The same check as the CLI's --as: a refused attempt lands in the audit trail.
            var signIn = await new UserAuthenticator(sources.Store).SignInAsync(name, form["password"].ToString(), "dashboard sign-in", cancellationToken);
            if (signIn.User is not { } user)
            {
                // One message for both cases, so the form does not tell which user names exist.
                return PageResult.Of(context, "Sign in", SignInPage.Render(FormToken.For(context), returnUrl, "Unknown user or wrong password."), StatusCodes.Status401Unauthorized);
            }

            await context.SignInAsync(DashboardPolicies.CookieScheme, new Reviewer(user.Name, user.Role).ToPrincipal());
            return Results.Redirect(returnUrl);
        }).AllowAnonymous().AddEndpointFilter<AntiforgeryCheck>();

        app.MapPost("/signout", async (HttpContext context) =>
        {
            await context.SignOutAsync(DashboardPolicies.CookieScheme);
            return Results.Redirect("/signin");
        }).AddEndpointFilter<AntiforgeryCheck>();
    }

    /// <summary>Only paths on this dashboard: a crafted link must not bounce a freshly signed-in engineer to another site.</summary>
    public static string LocalOrHome(string? url) =>
        url is { Length: > 0 } && url[0] == '/' && (url.Length == 1 || (url[1] != '/' && url[1] != '\\')) ? url : "/";
}
