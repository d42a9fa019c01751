using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;
using PlcFleet.Fleet.ChangeRequests;
using PlcFleet.Web.Assets;
using PlcFleet.Web.Auth;
using PlcFleet.Web.Html;
using PlcFleet.Web.Pages;

namespace PlcFleet.Web.Endpoints;

/// <summary>The read-only pages (overview, change request, audit) and the stylesheet; sign-in and review actions map their own.</summary>
public static class DashboardEndpoints
{
    public static void Map(IEndpointRouteBuilder app)
    {
        app.MapGet("/assets/dashboard.css", () => Results.Text(DashboardAssets.Stylesheet, "text/css; charset=utf-8")).AllowAnonymous();

        app.MapGet("/", async (HttpContext context, DashboardSources sources, CancellationToken cancellationToken) =>
            PageResult.Of(context, $"Fleet {sources.Repositories.Fleet.Name}", await OverviewPage.RenderAsync(sources, cancellationToken)));

        app.MapGet("/cr/{id}", async (string id, string? done, HttpContext context, DashboardSources sources, CancellationToken cancellationToken) =>
        {
            if (!ChangeRequestName.TryParse(id, out var number) || await sources.Store.GetChangeRequestAsync(number, cancellationToken) is not { } cr)
            {
                return PageResult.NotFound(context, $"There is no change request {id}.");
            }

            var message = done switch
            {
                "approved" => PageMessage.Done("Your approval was recorded in the audit trail."),
                "rejected" => PageMessage.Done("Your rejection was recorded; the reason goes to the migration's feedback."),
                _ => null,
            };
            var body = await ChangeRequestPage.RenderAsync(sources, cr, Reviewer.From(context.User), FormToken.For(context), message, cancellationToken);
            return PageResult.Of(context, $"{ChangeRequestName.Of(cr.Id)} {cr.SiteId}", body);
        });

        app.MapGet("/sites/{id}", (string id, HttpContext context, DashboardSources sources) =>
            sources.Repositories.FindSite(id) is { } site
                ? PageResult.Of(context, $"Site {site.Id}", SitePage.Render(site))
                : PageResult.NotFound(context, $"There is no site {id} in the fleet."));

        app.MapGet("/audit", async (string? subject, HttpContext context, DashboardSources sources, CancellationToken cancellationToken) =>
            PageResult.Of(context, "Audit trail", await AuditPage.RenderAsync(sources, string.IsNullOrWhiteSpace(subject) ? null : subject.Trim(), cancellationToken)));

        SignInEndpoints.Map(app);
        ReviewEndpoints.Map(app);
        RolloutEndpoints.Map(app);
    }
}
