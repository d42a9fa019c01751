using System.CommandLine;
using PlcFleet.StructuredText.Text;

namespace PlcFleet.Cli.Output;

/// <summary>"did you mean" for a mistyped command or option: the nearest name the command where parsing stopped knows.</summary>
public static class CommandSuggestion
{
    public static string? For(ParseResult parse)
    {
        if (parse.UnmatchedTokens.Count == 0)
        {
            return null;
        }

        var token = parse.UnmatchedTokens[0];
        var command = parse.CommandResult.Command;
        var names = token.StartsWith('-')
            ? command.Options.Where(o => !o.Hidden).SelectMany(o => o.Aliases.Prepend(o.Name))
            : command.Subcommands.Where(c => !c.Hidden).SelectMany(c => c.Aliases.Prepend(c.Name));
        return EditDistance.Closest(token, names) is { } best && EditDistance.IsLikelyTypo(token, best.Distance)
            ? $"did you mean '{(command is RootCommand ? "plcfleet" : CommandPath(parse))} {best.Name}'?"
            : null;
    }

    private static string CommandPath(ParseResult parse)
    {
        var names = new List<string>();
        for (var result = parse.CommandResult; result is not null; result = result.Parent as System.CommandLine.Parsing.CommandResult)
        {
            names.Add(result.Command is RootCommand ? "plcfleet" : result.Command.Name);
        }

        names.Reverse();
        return string.Join(' ', names);
    }
}
