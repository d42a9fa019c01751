using System.Globalization;
using Microsoft.AspNetCore.Html;
using PlcFleet.Fleet.ChangeRequests;
using PlcFleet.Fleet.Store.Records;
using PlcFleet.Web.Html;

namespace PlcFleet.Web.Pages;

/// <summary>Small pieces every page shows the same way: times, commits, change request links and states.</summary>
public static class Format
{
    public static string Time(DateTimeOffset time) => time.ToUniversalTime().ToString("yyyy-MM-dd HH:mm:ss", CultureInfo.InvariantCulture) + " UTC";

    public static string Commit(string sha) => sha.Length > 10 ? sha[..10] : sha;

    public static HtmlString Link(long changeRequestId) =>
        HtmlBuilder.Of($"<a href=\"/cr/{changeRequestId}\">{ChangeRequestName.Of(changeRequestId)}</a>");

    public static HtmlString State(ChangeRequestState state) =>
        HtmlBuilder.Of($"<span class=\"state state-{ChangeRequestName.Of(state)}\">{ChangeRequestName.Of(state).Replace('_', ' ')}</span>");
}
