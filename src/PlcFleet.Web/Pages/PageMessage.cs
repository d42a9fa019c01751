namespace PlcFleet.Web.Pages;

/// <summary>A line shown at the top of a page after an action: what was done, or why it was refused.</summary>
public sealed record PageMessage(string Text, bool IsRefusal)
{
    public static PageMessage Refused(string reason) => new(reason, true);

    public static PageMessage Done(string text) => new(text, false);
}
