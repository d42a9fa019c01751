using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;
using PlcFleet.Fleet.ChangeRequests;
using PlcFleet.Fleet.Review;
using PlcFleet.Web.Auth;
using PlcFleet.Web.Html;
using PlcFleet.Web.Pages;

namespace PlcFleet.Web.Endpoints;

/// <summary>
/// Approve and reject through <see cref="ReviewService"/>, the same rules as <c>plcfleet cr approve|reject</c>. The
/// role policy keeps admins from approving before the service is asked; the service's refusal (own change,
/// safety engineer needed, two-person rule, moved branch) is shown on the change request page with status 409.
/// </summary>
public static class ReviewEndpoints
{
    public static void Map(IEndpointRouteBuilder app)
    {
        app.MapPost("/cr/{id}/approve", (string id, HttpContext context, DashboardSources sources, CancellationToken cancellationToken) =>
            VerdictAsync(id, approve: true, context, sources, cancellationToken))
            .RequireAuthorization(DashboardPolicies.MayApprove)
            .AddEndpointFilter<AntiforgeryCheck>();

        app.MapPost("/cr/{id}/reject", (string id, HttpContext context, DashboardSources sources, CancellationToken cancellationToken) =>
            VerdictAsync(id, approve: false, context, sources, cancellationToken))
            .AddEndpointFilter<AntiforgeryCheck>();
    }

    private static async Task<IResult> VerdictAsync(string id, bool approve, HttpContext context, DashboardSources sources, CancellationToken cancellationToken)
    {
        var reviewer = Reviewer.From(context.User);
        if (reviewer is null)
        {
            return Results.Challenge();
        }

        if (!ChangeRequestName.TryParse(id, out var number) || await sources.Store.GetChangeRequestAsync(number, cancellationToken) is null)
        {
            return PageResult.NotFound(context, $"There is no change request {id}.");
        }

        var form = await context.Request.ReadFormAsync(cancellationToken);
        var comment = form["comment"].ToString().Trim();
        var service = sources.Reviews();
        var result = approve
            ? await service.ApproveAsync(number, reviewer.Name, comment, cancellationToken)
            : await service.RejectAsync(number, reviewer.Name, comment, cancellationToken);
        if (result.Succeeded)
        {
            // Post/redirect/get: a browser refresh must not send the verdict twice.
            return Results.Redirect($"/cr/{number}?done={(approve ? "approved" : "rejected")}");
        }

        var cr = await sources.Store.GetChangeRequestAsync(number, cancellationToken);
        var body = await ChangeRequestPage.RenderAsync(sources, cr!, reviewer, FormToken.For(context), PageMessage.Refused(result.Refusal!.Reason), cancellationToken);
        return PageResult.Of(context, $"{ChangeRequestName.Of(number)} {cr!.SiteId}", body, StatusCodes.Status409Conflict);
    }

}
