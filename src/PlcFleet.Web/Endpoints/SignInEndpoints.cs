using System.Security.Claims;
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

        app.MapPost("/signin", async (HttpContext context, DashboardSources sources, SignInThrottle throttle, DashboardSessions sessions, CancellationToken cancellationToken) =>
        {
            var form = await context.Request.ReadFormAsync(cancellationToken);
            var returnUrl = LocalOrHome(form["returnUrl"].ToString());
            var address = context.Connection.RemoteIpAddress?.ToString() ?? "unknown";
            // Every refusal lands in the audit trail, unknown names only as a hash.
            var signIn = await new DashboardSignIn(sources.Store, throttle)
                .SignInAsync(form["user"].ToString(), form["password"].ToString(), address, cancellationToken);
            if (signIn.User is not { } user)
            {
                // One message for unknown names and wrong passwords, so the form does not tell which user names exist.
                var status = signIn.Locked ? StatusCodes.Status429TooManyRequests : StatusCodes.Status401Unauthorized;
                return PageResult.Of(context, "Sign in", SignInPage.Render(FormToken.For(context), returnUrl, signIn.Message), status);
            }

            var principal = new Reviewer(user.Name, user.Role).ToPrincipal();
            ((ClaimsIdentity)principal.Identity!).AddClaim(new Claim(DashboardSessions.ClaimType, sessions.Start(user.Name)));
            await context.SignInAsync(DashboardPolicies.CookieScheme, principal);
            return Results.Redirect(returnUrl);
        }).AllowAnonymous().AddEndpointFilter<AntiforgeryCheck>();

        app.MapPost("/signout", async (HttpContext context, DashboardSessions sessions) =>
        {
            sessions.End(context.User.FindFirst(DashboardSessions.ClaimType)?.Value);
            await context.SignOutAsync(DashboardPolicies.CookieScheme);
            return Results.Redirect("/signin");
        }).AddEndpointFilter<AntiforgeryCheck>();
    }

    /// <summary>
    /// Only paths on this dashboard: a crafted link must not bounce a freshly signed-in engineer to another site.
    /// Browsers drop tabs and newlines and read a backslash as a slash, so <c>/%09/evil.example</c>, <c>/\evil</c>
    /// and <c>//evil</c> all name another host; anything but a plain absolute path goes home.
    /// </summary>
    public static string LocalOrHome(string? url)
    {
        if (url is not { Length: > 0 } || url[0] != '/' || url.Length > 2048)
        {
            return "/";
        }

        if (url.Any(c => char.IsControl(c) || char.IsWhiteSpace(c) || c == '\\'))
        {
            return "/";
        }

        return url.Length > 1 && url[1] == '/' ? "/" : url;
    }
}
