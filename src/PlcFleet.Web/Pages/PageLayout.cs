using Microsoft.AspNetCore.Html;
using PlcFleet.Web.Auth;
using PlcFleet.Web.Html;

namespace PlcFleet.Web.Pages;

/// <summary>The frame around every page: navigation, who is signed in, the sign-out form.</summary>
public static class PageLayout
{
    public static string Render(string title, Reviewer? reviewer, FormToken token, IHtmlContent body)
    {
        var who = reviewer is null
            ? HtmlBuilder.Of($"<a href=\"/signin\">Sign in</a>")
            : HtmlBuilder.Of($"""<span class="who">{reviewer.Name} ({reviewer.RoleText})</span> <form method="post" action="/signout" class="inline">{token.Hidden()}<button type="submit" id="signout">Sign out</button></form>""");
        return HtmlBuilder.Of($"""
            <!DOCTYPE html>
            <html lang="en">
            <head>
            <meta charset="utf-8">
            <meta name="viewport" content="width=device-width, initial-scale=1">
            <title>{title} · PlcFleet</title>
            <link rel="stylesheet" href="/assets/dashboard.css">
            </head>
            <body>
            <header class="top"><a class="brand" href="/">PlcFleet</a> <nav><a href="/">Fleet</a> <a href="/audit">Audit trail</a></nav> <div class="session">{who}</div></header>
            <main>
            <h1>{title}</h1>
            {body}
            </main>
            </body>
            </html>
            """).Value!;
    }
}
