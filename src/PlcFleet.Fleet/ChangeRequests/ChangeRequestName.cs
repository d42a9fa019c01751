namespace PlcFleet.Fleet.ChangeRequests;

/// <summary>How change requests are named to people: CR-7.</summary>
public static class ChangeRequestName
{
    public static string Of(long id) => $"CR-{id}";

    /// <summary>The state as stored and shown: open, approved, rejected, deployed, rolled_back.</summary>
    public static string Of(Store.Records.ChangeRequestState state) => Yaml.YamlEnum.ToYamlName(state);

    /// <summary>Accepts <c>7</c>, <c>CR-7</c> and <c>cr-7</c>.</summary>
    public static bool TryParse(string text, out long id)
    {
        var trimmed = text.Trim();
        if (trimmed.StartsWith("CR-", StringComparison.OrdinalIgnoreCase))
        {
            trimmed = trimmed[3..];
        }

        return long.TryParse(trimmed, System.Globalization.NumberStyles.None, System.Globalization.CultureInfo.InvariantCulture, out id) && id > 0;
    }
}
