using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;
using PlcFleet.Fleet.ChangeRequests;
using PlcFleet.Fleet.Rollout;
using PlcFleet.Web.Auth;
using PlcFleet.Web.Html;
using PlcFleet.Web.Pages;

namespace PlcFleet.Web.Endpoints;

/// <summary>
/// The rollout view and its actions through <see cref="RolloutService"/> on the approved fleet definition, the same
/// rules as <c>plcfleet rollout next|deploy|rollback</c>: the service checks the rollout rules' roles (and audits a
/// refusal), the approval, the wave, the line status and maintenance window, and a rollback's reason.
/// </summary>
public static class RolloutEndpoints
{
    public static void Map(IEndpointRouteBuilder app)
    {
        app.MapGet("/rollout/{migration}", async (string migration, string? done, HttpContext context, DashboardSources sources, CancellationToken cancellationToken) =>
        {
            if (await RolloutService.UnknownMigrationAsync(sources.Store, migration, cancellationToken) is { } unknown)
            {
                return PageResult.NotFound(context, unknown);
            }

            // Fixed texts only: a link must not be able to put words of its own on this page.
            var message = done switch
            {
                "wave" => PageMessage.Done("The wave was started and recorded in the audit trail."),
                "deployed" => PageMessage.Done("The change was merged into the site's release branch; the deploy is recorded in the audit trail."),
                "rolled_back" => PageMessage.Done("The change was reverted on the site's release branch; the rollback and its reason are recorded in the audit trail."),
                _ => null,
            };
            return await PageAsync(context, sources, migration, message, StatusCodes.Status200OK, cancellationToken);
        });

        app.MapPost("/rollout/{migration}/next", async (string migration, HttpContext context, DashboardSources sources, CancellationToken cancellationToken) =>
        {
            if (await RolloutService.UnknownMigrationAsync(sources.Store, migration, cancellationToken) is { } unknown)
            {
                return PageResult.NotFound(context, unknown);
            }

            return await ActAsync(context, sources, migration, "wave", (rollout, user) => rollout.StartNextWaveAsync(migration, user, cancellationToken), cancellationToken);
        }).AddEndpointFilter<AntiforgeryCheck>();

        app.MapPost("/rollout/cr/{id}/deploy", (string id, HttpContext context, DashboardSources sources, CancellationToken cancellationToken) =>
            ChangeAsync(id, context, sources, "deployed", (rollout, user, number, _) => rollout.DeployAsync(number, user, cancellationToken), cancellationToken))
            .AddEndpointFilter<AntiforgeryCheck>();

        app.MapPost("/rollout/cr/{id}/rollback", (string id, HttpContext context, DashboardSources sources, CancellationToken cancellationToken) =>
            ChangeAsync(id, context, sources, "rolled_back", (rollout, user, number, form) => rollout.RollbackAsync(number, user, form["reason"].ToString().Trim(), cancellationToken), cancellationToken))
            .AddEndpointFilter<AntiforgeryCheck>();
    }

    private static async Task<IResult> ChangeAsync(
        string id, HttpContext context, DashboardSources sources, string done, Func<RolloutService, string, long, IFormCollection, Task<RolloutResult>> act, CancellationToken cancellationToken)
    {
        if (!ChangeRequestName.TryParse(id, out var number) || await sources.Store.GetChangeRequestAsync(number, cancellationToken) is not { } cr)
        {
            return PageResult.NotFound(context, $"There is no change request {id}.");
        }

        var form = await context.Request.ReadFormAsync(cancellationToken);
        return await ActAsync(context, sources, cr.MigrationId, done, (rollout, user) => act(rollout, user, number, form), cancellationToken);
    }

    private static async Task<IResult> ActAsync(HttpContext context, DashboardSources sources, string migration, string done, Func<RolloutService, string, Task<RolloutResult>> act, CancellationToken cancellationToken)
    {
        if (Reviewer.From(context.User) is not { } reviewer)
        {
            return Results.Challenge();
        }

        var (rollout, _, _, problem) = await ApprovedRollout.CurrentAsync(sources.Store, sources.Clock, cancellationToken);
        var result = rollout is null ? RolloutResult.Refused(problem!) : await act(rollout, reviewer.Name);
        if (result.Succeeded)
        {
            // Post/redirect/get: a browser refresh must not deploy or roll back twice.
            return Results.Redirect($"/rollout/{Uri.EscapeDataString(migration)}?done={done}");
        }

        return await PageAsync(context, sources, migration, PageMessage.Refused(result.Refusal!), StatusCodes.Status409Conflict, cancellationToken);
    }

    private static async Task<IResult> PageAsync(HttpContext context, DashboardSources sources, string migration, PageMessage? message, int status, CancellationToken cancellationToken)
    {
        if (Reviewer.From(context.User) is not { } reviewer)
        {
            return Results.Challenge();
        }

        var body = await RolloutPage.RenderAsync(sources, migration, reviewer, FormToken.For(context), message, cancellationToken);
        return PageResult.Of(context, $"Rollout of {migration}", body, status);
    }
}
