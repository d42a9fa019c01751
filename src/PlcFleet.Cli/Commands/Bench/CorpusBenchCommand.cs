using System.CommandLine;
using System.Diagnostics;
using System.Globalization;
using System.Text;

namespace PlcFleet.Cli.Commands.Bench;

/// <summary>
/// <c>plcfleet bench corpus DIR…</c>: per folder (each DIR, or each of its sub-folders when it holds several sources)
/// and dialect, the files without syntax error, without any error (each file alone), "check clean" (no error in the file
/// when the whole folder is checked as one project with the libraries it declares, as <c>plcfleet check</c> does), the
/// crashes, lines/s, and the most frequent first syntax and check errors. Vendor files (TwinCAT, PLCopen XML, .EXP,
/// L5X) are counted by the project check only, on a row of their own.
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
        var groups = new List<(string Name, string Root, IReadOnlyList<string> Files)>();
        foreach (var root in roots)
        {
            if (!Directory.Exists(root))
            {
                Console.Error.WriteLine($"plcfleet bench corpus: '{root}' is not a folder");
                return ExitCodes.UsageError;
            }

            var subfolders = Directory.EnumerateDirectories(root).Order(StringComparer.Ordinal).ToList();
            groups.AddRange(subfolders.Count == 0
                ? [(Path.GetFileName(Path.TrimEndingDirectorySeparator(root)), root, CorpusMeasurement.FilesUnder(root))]
                : subfolders.Select(folder => (Path.GetFileName(folder), folder, CorpusMeasurement.FilesUnder(folder))));
        }

        var all = new List<(string Folder, CorpusFileResult Result)>();
        var checkedAll = new List<ProjectCheckResult>();
        var table = new StringBuilder();
        table.AppendLine(CultureInfo.InvariantCulture, $"{"folder",-28} {"dialect",-8} {"files",6} {"no syntax err",14} {"no error",10} {"check clean",12} {"crashes",8} {"lines/s",10}");
        foreach (var (name, root, files) in groups)
        {
            var parseTime = new Stopwatch();
            var results = files.Select(file => CorpusMeasurement.Measure(file, parseTime)).ToList();
            all.AddRange(results.Select(result => (name, result)));
            var project = CheckProject(root);
            checkedAll.AddRange(project.Values);
            foreach (var byDialect in results.GroupBy(result => result.Dialect))
            {
                table.AppendLine(Row(name, byDialect.Key.ToString(), [.. byDialect], CheckedOf(byDialect, project), parseTime));
            }

            var vendor = project.Values.Where(r => r.IsVendorFile).ToList();
            if (vendor.Count > 0)
            {
                table.AppendLine(string.Create(CultureInfo.InvariantCulture,
                    $"{name,-28} {"vendor",-8} {vendor.Count,6} {Share(vendor.Count(r => r.ParsesCleanly), vendor.Count),14} {"",10} {Share(vendor.Count(r => r.ChecksCleanly), vendor.Count),12} {0,8} {"",10}"));
            }
        }

        table.AppendLine(Row("TOTAL", "all", [.. all.Select(a => a.Result)], checkedAll.Where(r => !r.IsVendorFile).ToList(), null));
        if (checkedAll.Count > 0)
        {
            table.AppendLine(string.Create(CultureInfo.InvariantCulture,
                $"{"TOTAL checked as projects",-37} {checkedAll.Count,6} {"",14} {"",10} {Share(checkedAll.Count(r => r.ChecksCleanly), checkedAll.Count),12}"));
        }
        Console.Write(table);
        Console.WriteLine();
        Console.WriteLine("Most frequent first syntax errors:");
        foreach (var error in all.Select(a => a.Result.FirstSyntaxError).OfType<string>().GroupBy(e => e).OrderByDescending(g => g.Count()).ThenBy(g => g.Key, StringComparer.Ordinal).Take(top))
        {
            Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"  {error.Count(),5}  {error.Key}"));
        }

        Console.WriteLine();
        Console.WriteLine("Most frequent first errors when checked as projects (files with syntax errors left out):");
        foreach (var error in checkedAll.Where(r => r.ParsesCleanly).Select(r => r.FirstError).OfType<string>().GroupBy(e => e).OrderByDescending(g => g.Count()).ThenBy(g => g.Key, StringComparer.Ordinal).Take(top))
        {
            Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"  {error.Count(),5}  {error.Key}"));
        }

        foreach (var crash in all.Where(a => a.Result.Crash is not null))
        {
            Console.WriteLine($"CRASH {crash.Result.Path}: {crash.Result.Crash}");
        }

        if (filesPath is not null)
        {
            var byPath = checkedAll.ToDictionary(r => r.Path, StringComparer.Ordinal);
            File.WriteAllLines(filesPath, all.Select(a => string.Join('\t', a.Folder, a.Result.Path, a.Result.Dialect, a.Result.ParsesCleanly, a.Result.ChecksCleanly,
                byPath.GetValueOrDefault(Path.GetFullPath(a.Result.Path))?.ChecksCleanly.ToString() ?? "",
                (a.Result.Crash ?? a.Result.FirstSyntaxError ?? a.Result.FirstError ?? byPath.GetValueOrDefault(Path.GetFullPath(a.Result.Path))?.FirstError ?? "").Replace('\t', ' ').Replace('\n', ' '))));
        }

        return all.Any(a => a.Result.Crash is not null) ? ExitCodes.Findings : ExitCodes.Success;
    }

    /// <summary>The folder checked as projects; a crash there is counted as every file not clean, never as an abort.</summary>
    private static IReadOnlyDictionary<string, ProjectCheckResult> CheckProject(string root)
    {
        try
        {
            return ProjectCheckMeasurement.Measure(root);
        }
#pragma warning disable CA1031 // A crash on foreign code is what this benchmark counts; it must not stop the run.
        catch (Exception exception)
#pragma warning restore CA1031
        {
            Console.WriteLine($"CRASH checking {root} as a project: {exception.GetType().Name}: {exception.Message}");
            return new Dictionary<string, ProjectCheckResult>();
        }
    }

    private static List<ProjectCheckResult> CheckedOf(IEnumerable<CorpusFileResult> files, IReadOnlyDictionary<string, ProjectCheckResult> project) =>
        [.. files.Select(f => project.GetValueOrDefault(Path.GetFullPath(f.Path)) ?? new ProjectCheckResult(f.Path, false, false, "not part of the project"))];

    private static string Row(string name, string dialect, IReadOnlyList<CorpusFileResult> results, IReadOnlyList<ProjectCheckResult> checkedFiles, Stopwatch? parseTime)
    {
        var lines = results.Sum(r => r.Lines);
        var rate = parseTime is { Elapsed.TotalSeconds: > 0 } ? (lines / parseTime.Elapsed.TotalSeconds).ToString("N0", CultureInfo.InvariantCulture) : "";
        return string.Create(CultureInfo.InvariantCulture,
            $"{name,-28} {dialect,-8} {results.Count,6} {Share(results.Count(r => r.ParsesCleanly), results.Count),14} {Share(results.Count(r => r.ChecksCleanly), results.Count),10} {Share(checkedFiles.Count(r => r.ChecksCleanly), checkedFiles.Count),12} {results.Count(r => r.Crash is not null),8} {rate,10}");
    }

    private static string Share(int count, int total) =>
        string.Create(CultureInfo.InvariantCulture, $"{count} ({(total == 0 ? 0 : 100.0 * count / total):0}%)");
}
