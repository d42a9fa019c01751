using System.Diagnostics.CodeAnalysis;
using YamlDotNet.Core;
using YamlDotNet.Core.Tokens;
using YamlDotNet.RepresentationModel;

namespace PlcFleet.Formats.Yaml;

/// <summary>
/// Loads every YAML file PlcFleet reads (plcfleet.yaml, fleet.yaml, scenarios, provider settings): a syntax error
/// is a value with its position, never an exception, whatever YamlDotNet throws.
/// </summary>
public static class YamlLoader
{
    public static bool TryLoad(string text, [NotNullWhen(true)] out YamlStream? stream, [NotNullWhen(false)] out YamlSyntaxError? error)
    {
        var loaded = new YamlStream();
        try
        {
            loaded.Load(new StringReader(text));
            stream = loaded;
            error = null;
            return true;
        }
        catch (YamlException e)
        {
            stream = null;
            error = IndentingTab(text, (int)e.Start.Line)
                ?? new YamlSyntaxError((int)e.Start.Line, (int)e.Start.Column, (int)e.Start.Index, WithoutMarkPrefix(e.InnerException?.Message ?? e.Message));
            return false;
        }
        catch (InvalidOperationException)
        {
            // YamlDotNet's scanner fails this way, without a position, inside an unclosed flow collection.
            stream = null;
            error = WhereScanningStopped(text);
            return false;
        }
    }

    /// <summary>Scans token by token to find the unclosed <c>[</c> or <c>{</c>, else the last token read.</summary>
    private static YamlSyntaxError WhereScanningStopped(string text)
    {
        var scanner = new Scanner(new StringReader(text));
        var open = new Stack<(Mark Start, char Bracket)>();
        var last = Mark.Empty;
        try
        {
            while (scanner.MoveNext() && scanner.Current is { } token)
            {
                last = token.End;
                switch (token)
                {
                    case FlowSequenceStart:
                        open.Push((token.Start, '['));
                        break;
                    case FlowMappingStart:
                        open.Push((token.Start, '{'));
                        break;
                    case FlowSequenceEnd or FlowMappingEnd when open.Count > 0:
                        open.Pop();
                        break;
                }
            }
        }
        catch (Exception e) when (e is YamlException or InvalidOperationException)
        {
            // The same failure the loader met; everything before it has been seen.
        }

        if (open.TryPeek(out var unclosed))
        {
            var closer = unclosed.Bracket == '[' ? ']' : '}';
            return At(unclosed.Start, $"this '{unclosed.Bracket}' is never closed with '{closer}'");
        }

        return At(last, "the text could not be read past this point");
    }

    /// <summary>
    /// YamlDotNet reports a tab that indents a line at the end of the line before it; the engineer needs the tab's own
    /// line and column. Looks at the reported line and the next one.
    /// </summary>
    private static YamlSyntaxError? IndentingTab(string text, int reportedLine)
    {
        var start = 0;
        var line = 1;
        foreach (var content in text.Split('\n'))
        {
            if (line >= reportedLine && line <= reportedLine + 1)
            {
                var indent = content.Length - content.TrimStart(' ', '\t').Length;
                var tab = content.IndexOf('\t', StringComparison.Ordinal);
                if (tab >= 0 && tab < indent)
                {
                    return new YamlSyntaxError(line, tab + 1, start + tab, "a tab indents this line; YAML indents with spaces only");
                }
            }

            start += content.Length + 1;
            line++;
        }

        return null;
    }

    private static YamlSyntaxError At(Mark mark, string message) =>
        new((int)Math.Max(1, mark.Line), (int)Math.Max(1, mark.Column), (int)mark.Index, message);

    // YamlDotNet prefixes messages with "(Line: 3, Col: 5, Idx: ..) - (...): ": the position is ours to print.
    private static string WithoutMarkPrefix(string message)
    {
        var marker = message.IndexOf("): ", StringComparison.Ordinal);
        return message.StartsWith("(Line:", StringComparison.Ordinal) && marker > 0 ? message[(marker + 3)..] : message;
    }
}
