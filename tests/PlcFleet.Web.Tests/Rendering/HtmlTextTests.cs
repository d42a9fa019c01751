using Microsoft.AspNetCore.Html;
using PlcFleet.Web.Endpoints;
using PlcFleet.Web.Html;

namespace PlcFleet.Web.Tests.Rendering;

public sealed class HtmlTextTests
{
    [Fact]
    public void Holes_are_encoded_and_html_content_is_kept()
    {
        var comment = "Guard <open> & \"bypassed\"";
        var bold = new HtmlString("<b>CR-3</b>");

        var html = HtmlBuilder.Of($"<td>{comment}</td><td>{bold}</td><td>{1.5}</td>").Value;

        Assert.Equal("<td>Guard &lt;open&gt; &amp; &quot;bypassed&quot;</td><td><b>CR-3</b></td><td>1.5</td>", html);
    }

    [Theory]
    [InlineData(null, "/")]
    [InlineData("", "/")]
    [InlineData("/audit?subject=cr-1", "/audit?subject=cr-1")]
    [InlineData("//evil.example", "/")]
    [InlineData("/\\evil.example", "/")]
    [InlineData("http://evil.example/", "/")]
    public void Return_urls_stay_on_the_dashboard(string? url, string expected)
    {
        Assert.Equal(expected, SignInEndpoints.LocalOrHome(url));
    }
}
