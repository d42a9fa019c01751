using System.CommandLine;
using System.Diagnostics;
using System.Globalization;
using System.Text;

namespace PlcFleet.Cli.Commands.Bench;

/// <summary>
/// <c>plcfleet bench corpus DIR…</c>: per folder (each DIR, or each of its sub-folders when it holds several sources)
/// and dialect, the files without syntax error, without any error, the crashes, lines/s and the most frequent first errors.
/// </summary>
public static class CorpusBenchCommand
{
    public static Command Create()
    {
        var folders = new Argument<string[]>("folders") { Description = "Corpus folders of .st/.scl files (one source repository per sub-folder)", Arity = ArgumentArity.OneOrMore };
        var files = new Option<string?>("--files") { Description = "Also write one line per file (TSV: folder, file, dialect, parses, checks, first error) to this path" };
        var top = new Option<int>("--top") { Description = "How many of the most frequent first syntax errors to list", DefaultValueFactory = _ => 8 };
        var command = new Command("corpus", "Parse and check a corpus of real ST/SCL files: syntax-clean, error-free, crashes, lines/s, frequent first errors") { folders, files, top };
        command.SetAction(parse => Run(parse.GetValue(folders)!, parse.GetValue(files), parse.GetValue(top)));
        return command;
    }

    public static int Run(IReadOnlyList<string> roots, string? filesPath, int top)
    {
        var groups = new List<(string Name, IReadOnlyList<string> Files)>();
        foreach (var root in roots)
        {
            if (!Directory.Exists(root))
            {
                Console.Error.WriteLine($"plcfleet bench corpus: '{root}' is not a folder");
                return ExitCodes.UsageError;
            }

            var subfolders = Directory.EnumerateDirectories(root).Order(StringComparer.Ordinal).ToList();
            groups.AddRange(subfolders.Count == 0
                ? [(Path.GetFileName(Path.TrimEndingDirectorySeparator(root)), CorpusMeasurement.FilesUnder(root))]
                : subfolders.Select(folder => (Path.GetFileName(folder), CorpusMeasurement.FilesUnder(folder))));
        }

        var all = new List<(string Folder, CorpusFileResult Result)>();
        var table = new StringBuilder();
        table.AppendLine(CultureInfo.InvariantCulture, $"{"folder",-28} {"dialect",-8} {"files",6} {"no syntax err",14} {"no error",10} {"crashes",8} {"lines/s",10}");
        foreach (var (name, files) in groups)
        {
            var parseTime = new Stopwatch();
            var results = files.Select(file => CorpusMeasurement.Measure(file, parseTime)).ToList();
            all.AddRange(results.Select(result => (name, result)));
            foreach (var byDialect in results.GroupBy(result => result.Dialect))
            {
                table.AppendLine(Row(name, byDialect.Key.ToString(), [.. byDialect], parseTime));
            }
        }

        table.AppendLine(Row("TOTAL", "all", [.. all.Select(a => a.Result)], null));
        Console.Write(table);
        Console.WriteLine();
        Console.WriteLine("Most frequent first syntax errors:");
        foreach (var error in all.Select(a => a.Result.FirstSyntaxError).OfType<string>().GroupBy(e => e).OrderByDescending(g => g.Count()).ThenBy(g => g.Key, StringComparer.Ordinal).Take(top))
        {
            Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"  {error.Count(),5}  {error.Key}"));
        }

        foreach (var crash in all.Where(a => a.Result.Crash is not null))
        {
            Console.WriteLine($"CRASH {crash.Result.Path}: {crash.Result.Crash}");
        }

        if (filesPath is not null)
        {
            File.WriteAllLines(filesPath, all.Select(a => string.Join('\t', a.Folder, a.Result.Path, a.Result.Dialect, a.Result.ParsesCleanly, a.Result.ChecksCleanly,
                (a.Result.Crash ?? a.Result.FirstSyntaxError ?? a.Result.FirstError ?? "").Replace('\t', ' ').Replace('\n', ' '))));
        }

        return all.Any(a => a.Result.Crash is not null) ? ExitCodes.Findings : ExitCodes.Success;
    }

    private static string Row(string name, string dialect, IReadOnlyList<CorpusFileResult> results, Stopwatch? parseTime)
    {
        var lines = results.Sum(r => r.Lines);
        var rate = parseTime is { Elapsed.TotalSeconds: > 0 } ? (lines / parseTime.Elapsed.TotalSeconds).ToString("N0", CultureInfo.InvariantCulture) : "";
        return string.Create(CultureInfo.InvariantCulture,
            $"{name,-28} {dialect,-8} {results.Count,6} {Share(results.Count(r => r.ParsesCleanly), results.Count),14} {Share(results.Count(r => r.ChecksCleanly), results.Count),10} {results.Count(r => r.Crash is not null),8} {rate,10}");
    }

    private static string Share(int count, int total) =>
        string.Create(CultureInfo.InvariantCulture, $"{count} ({(total == 0 ? 0 : 100.0 * count / total):0}%)");
}
