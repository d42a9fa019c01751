namespace PlcFleet.Web.Assets;

/// <summary>The stylesheet, embedded in the assembly so the dashboard runs from the CLI binary alone.</summary>
public static class DashboardAssets
{
    private static readonly Lazy<string> Css = new(() =>
    {
        using var stream = typeof(DashboardAssets).Assembly.GetManifestResourceStream("PlcFleet.Web.dashboard.css")
            ?? throw new InvalidOperationException("dashboard.css is not embedded in PlcFleet.Web");
        using var reader = new StreamReader(stream);
        return reader.ReadToEnd();
    });

    public static string Stylesheet => Css.Value;
}
