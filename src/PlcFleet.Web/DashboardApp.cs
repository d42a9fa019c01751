using Microsoft.AspNetCore.Authentication;
using Microsoft.AspNetCore.Authentication.Cookies;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.DataProtection;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using PlcFleet.Fleet.Users;
using PlcFleet.Web.Auth;
using PlcFleet.Web.Endpoints;

namespace PlcFleet.Web;

/// <summary>
/// Builds the review dashboard: cookie sign-in with the store's local accounts, role policies on the server,
/// antiforgery on every POST, and the pages. <paramref name="configure"/> lets tests swap the server (TestServer).
/// </summary>
public static class DashboardApp
{
    public static WebApplication Build(DashboardSources sources, DashboardSettings settings, Action<WebApplicationBuilder>? configure = null)
    {
        var builder = WebApplication.CreateSlimBuilder(new WebApplicationOptions
        {
            ApplicationName = typeof(DashboardApp).Assembly.GetName().Name,
            ContentRootPath = AppContext.BaseDirectory,
        });
        builder.WebHost.UseUrls(settings.Urls);
        builder.Logging.ClearProviders();
        builder.Logging.AddSimpleConsole(o => o.SingleLine = true).SetMinimumLevel(LogLevel.Warning);
        builder.Services.AddSingleton(sources);
        builder.Services.AddSingleton(new SignInThrottle(sources.Store, sources.Clock));
        builder.Services.AddSingleton(new DashboardSessions(settings.KeysFolder is null ? null : KeysFolder(settings.KeysFolder).FullName, sources.Clock));

        AddCookieKeys(builder.Services, settings.KeysFolder, settings.KeyCertificate);
        builder.Services.AddAntiforgery(o =>
        {
            o.Cookie.Name = "plcfleet.csrf";
            o.FormFieldName = "__csrf";
        });
        builder.Services.AddAuthentication(DashboardPolicies.CookieScheme).AddCookie(DashboardPolicies.CookieScheme, o =>
        {
            o.Cookie.Name = "plcfleet.auth";
            o.Cookie.HttpOnly = true;
            o.Cookie.SameSite = SameSiteMode.Strict;
            o.LoginPath = "/signin";
            o.ReturnUrlParameter = "returnUrl";
            o.ExpireTimeSpan = TimeSpan.FromHours(8);
            o.SlidingExpiration = true;
            o.Events = new CookieAuthenticationEvents
            {
                // A cookie whose session was ended (sign-out) or never recorded by this server no longer signs anyone in.
                OnValidatePrincipal = async context =>
                {
                    var sessions = context.HttpContext.RequestServices.GetRequiredService<DashboardSessions>();
                    var principal = context.Principal;
                    if (!sessions.IsActive(principal?.FindFirst(DashboardSessions.ClaimType)?.Value, principal?.Identity?.Name))
                    {
                        context.RejectPrincipal();
                        await context.HttpContext.SignOutAsync(DashboardPolicies.CookieScheme);
                    }
                },
                // A role that may not act gets a plain 403 with the reason, not a redirect loop to sign-in.
                OnRedirectToAccessDenied = context =>
                {
                    context.Response.StatusCode = StatusCodes.Status403Forbidden;
                    context.Response.ContentType = "text/plain; charset=utf-8";
                    return context.Response.WriteAsync("403: your role may not do this; only engineers and safety engineers approve changes");
                },
            };
        });
        builder.Services.AddAuthorizationBuilder()
            .SetFallbackPolicy(new AuthorizationPolicyBuilder().RequireAuthenticatedUser().Build())
            .AddPolicy(DashboardPolicies.MayApprove, p => p.RequireAuthenticatedUser().RequireRole(DashboardPolicies.ApproverRoles));
        configure?.Invoke(builder);

        var app = builder.Build();
        app.Use((context, next) =>
        {
            context.Response.OnStarting(() =>
            {
                SecurityHeaders.Add(context.Response.Headers);
                return Task.CompletedTask;
            });
            return next(context);
        });
        app.UseAuthentication();
        app.UseAuthorization();
        DashboardEndpoints.Map(app);
        return app;
    }

    /// <summary>
    /// The keys that protect sign-in cookies and form tokens. In the work folder they survive a restart of
    /// <c>plcfleet serve</c>; they are encrypted there with <see cref="KeyCertificate"/>, kept outside the work folder,
    /// and the folder is readable by its owner only. A fixed application name keeps them valid when plcfleet is
    /// installed at another path.
    /// </summary>
    private static void AddCookieKeys(IServiceCollection services, string? keysFolder, string? certificatePath)
    {
        if (keysFolder is null)
        {
            services.AddSingleton<IDataProtectionProvider>(new EphemeralDataProtectionProvider());
            return;
        }

        var certificate = KeyCertificate.LoadOrCreate(certificatePath ?? KeyCertificate.DefaultPath());
        services.AddDataProtection()
            .SetApplicationName("PlcFleet.Dashboard")
            .PersistKeysToFileSystem(KeysFolder(keysFolder))
            .ProtectKeysWithCertificate(certificate)
            .UnprotectKeysWithAnyCertificate(certificate);
    }

    /// <summary>The keys folder, created readable by its owner only (cookie keys and session ids).</summary>
    private static DirectoryInfo KeysFolder(string keysFolder) => OperatingSystem.IsWindows()
        ? Directory.CreateDirectory(keysFolder)
        : Directory.CreateDirectory(keysFolder, UnixFileMode.UserRead | UnixFileMode.UserWrite | UnixFileMode.UserExecute);
}
