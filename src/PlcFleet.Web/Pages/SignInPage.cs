using Microsoft.AspNetCore.Html;
using PlcFleet.Web.Html;

namespace PlcFleet.Web.Pages;

/// <summary>The sign-in form for local accounts (added with <c>plcfleet user add</c>).</summary>
public static class SignInPage
{
    public static HtmlString Render(FormToken token, string returnUrl, string? problem) => HtmlBuilder.Of($"""
        {(problem is null ? HtmlString.Empty : HtmlBuilder.Of($"<p class=\"refusal\" role=\"alert\">{problem}</p>"))}
        <form method="post" action="/signin" class="signin">
        {token.Hidden()}
        <input type="hidden" name="returnUrl" value="{returnUrl}">
        <label for="user">User</label><input id="user" name="user" autocomplete="username" required>
        <label for="password">Password</label><input id="password" name="password" type="password" autocomplete="current-password" required>
        <button type="submit" id="signin">Sign in</button>
        </form>
        <p class="hint">Accounts are added with <code>plcfleet user add NAME --role engineer|safety_engineer|admin</code>.</p>
        """);
}
