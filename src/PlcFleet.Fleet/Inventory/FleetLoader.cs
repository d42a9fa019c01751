using System.Globalization;
using System.Text.RegularExpressions;
using PlcFleet.Fleet.Problems;
using PlcFleet.Fleet.Yaml;
using YamlDotNet.RepresentationModel;

namespace PlcFleet.Fleet.Inventory;

/// <summary>
/// Reads and validates <c>fleet.yaml</c>. Every problem carries file:line:column and all of them are returned
/// together; a fleet is only produced when the file is entirely valid, so targeting never runs on a guess.
/// </summary>
public static partial class FleetLoader
{
    private static readonly string[] TopKeys = ["fleet", "waves", "sites", "rollout"];
    private static readonly string[] RolloutKeys = ["start_wave", "deploy", "rollback"];
    private static readonly string[] WaveKeys = ["name", "gate"];
    private static readonly string[] SiteKeys =
        ["id", "name", "repository", "vendor", "dialect", "firmware", "line_status", "maintenance_windows", "certified_files", "wave", "tags", "owner"];

    private static readonly string[] WindowKeys = ["day", "start", "end"];
    private static readonly string[] CertifiedKeys = ["path", "sha256"];

    public static FleetLoadResult Load(string path)
    {
        if (!File.Exists(path))
        {
            return new FleetLoadResult(null, [new Problem(path, 1, 1, "fleet file not found")]);
        }

        return Parse(File.ReadAllText(path), path);
    }

    /// <summary>Parses fleet YAML; relative repositories resolve against the folder of <paramref name="path"/>.</summary>
    public static FleetLoadResult Parse(string yaml, string path)
    {
        var problems = new YamlProblems(path);
        var root = problems.Load(yaml);
        if (root is null)
        {
            if (!problems.HasAny)
            {
                problems.ReportAt(1, 1, "fleet file is empty; expected 'fleet', 'waves' and 'sites'");
            }

            return new FleetLoadResult(null, problems.All);
        }

        var map = YamlMap.From(root, problems, "fleet", TopKeys);
        if (map is null)
        {
            return new FleetLoadResult(null, problems.All);
        }

        var name = map.String("fleet", required: true);
        var waves = ReadWaves(map, problems);
        var folder = Path.GetDirectoryName(Path.GetFullPath(path)) ?? Directory.GetCurrentDirectory();
        var sites = ReadSites(map, problems, waves, folder);
        var rules = ReadRolloutRules(map, problems);
        return problems.HasAny || name is null
            ? new FleetLoadResult(null, problems.All)
            : new FleetLoadResult(new Fleet(name, Path.GetFullPath(path), waves, sites) { Rules = rules }, []);
    }

    private static RolloutRules ReadRolloutRules(YamlMap top, YamlProblems problems)
    {
        if (YamlMap.From(top.Value("rollout"), problems, "rollout", RolloutKeys) is not { } map)
        {
            return RolloutRules.Default;
        }

        IReadOnlyList<string> Read(string key, IReadOnlyList<string> fallback)
        {
            if (!map.Has(key))
            {
                return fallback;
            }

            var permits = new List<string>();
            foreach (var node in map.Strings(key))
            {
                var permit = node.Value!.Trim();
                if (RolloutRules.Permits.Contains(permit))
                {
                    permits.Add(permit);
                }
                else
                {
                    problems.Report(node, $"rollout {key}: '{permit}' is not a role; expected {string.Join(", ", RolloutRules.Permits)}");
                }
            }

            return permits;
        }

        var defaults = RolloutRules.Default;
        return new RolloutRules(Read("start_wave", defaults.StartWave), Read("deploy", defaults.Deploy), Read("rollback", defaults.Rollback));
    }

    private static List<RolloutWave> ReadWaves(YamlMap top, YamlProblems problems)
    {
        var waves = new List<RolloutWave>();
        foreach (var node in top.Sequence("waves"))
        {
            var map = YamlMap.From(node, problems, "wave", WaveKeys);
            var name = map?.String("name", required: true);
            if (map is null || name is null)
            {
                continue;
            }

            if (waves.Any(w => w.Name == name))
            {
                problems.Report(map.Value("name")!, $"wave: duplicate wave name '{name}'");
                continue;
            }

            var gate = WaveGate.AllDeployed;
            if (map.Value("gate") is YamlScalarNode gateNode)
            {
                gate = YamlEnum.Parse<WaveGate>(gateNode, problems, $"wave '{name}' gate") ?? gate;
            }

            waves.Add(new RolloutWave(name, waves.Count, gate));
        }

        return waves;
    }

    private static List<Site> ReadSites(YamlMap top, YamlProblems problems, List<RolloutWave> waves, string folder)
    {
        var sites = new List<Site>();
        var seen = new Dictionary<string, YamlNode>(StringComparer.Ordinal);
        var nodes = top.Sequence("sites", required: true);
        if (top.Has("sites") && nodes.Count == 0)
        {
            problems.Report(top.Value("sites")!, "fleet: 'sites' lists no site");
        }

        foreach (var node in nodes)
        {
            var map = YamlMap.From(node, problems, SiteLabel(node), SiteKeys);
            if (map is null)
            {
                continue;
            }

            var site = ReadSite(map, problems, waves, folder, seen);
            if (site is not null)
            {
                sites.Add(site);
            }
        }

        return sites;
    }

    private static Site? ReadSite(YamlMap map, YamlProblems problems, List<RolloutWave> waves, string folder, Dictionary<string, YamlNode> seen)
    {
        var id = map.String("id", required: true);
        var what = map.What;
        if (id is not null)
        {
            var idNode = map.Value("id")!;
            if (!SiteIdPattern().IsMatch(id))
            {
                problems.Report(idNode, $"{what}: id must use only lowercase letters, digits and '-'");
            }
            else if (seen.TryGetValue(id, out var first))
            {
                problems.Report(idNode, $"{what}: duplicate site id (first defined at line {first.Start.Line + problems.LineOffset})");
            }
            else
            {
                seen[id] = idNode;
            }
        }

        var repositoryText = map.String("repository");
        if (repositoryText?.Trim().Length == 0 || !map.Has("repository"))
        {
            problems.Report(map.Value("repository") ?? map.Node, $"{what}: missing repository (a folder relative to fleet.yaml or a git URL)");
        }

        var vendor = Vendor.Generic;
        if (ReadScalar(map, "vendor", problems, what, required: true) is { } vendorNode)
        {
            vendor = YamlEnum.Parse<Vendor>(vendorNode, problems, $"{what} vendor") ?? vendor;
        }

        var dialect = Site.DefaultDialect(vendor);
        if (ReadScalar(map, "dialect", problems, what) is { } dialectNode)
        {
            dialect = DialectName.Parse(dialectNode, problems, $"{what} dialect") ?? dialect;
        }

        FirmwareVersion? firmware = null;
        if (ReadScalar(map, "firmware", problems, what) is { } firmwareNode)
        {
            if (FirmwareVersion.TryParse(firmwareNode.Value, out var parsed))
            {
                firmware = parsed;
            }
            else
            {
                problems.Report(firmwareNode, $"{what}: firmware '{firmwareNode.Value}' is not a dotted version such as 3.5.17");
            }
        }

        // Without a status the line is assumed running: the cautious default, since running lines gate targeting.
        var lineStatus = LineStatus.Running;
        if (ReadScalar(map, "line_status", problems, what) is { } statusNode)
        {
            lineStatus = YamlEnum.Parse<LineStatus>(statusNode, problems, $"{what} line_status") ?? lineStatus;
        }

        var windows = ReadWindows(map, problems, what);
        var certified = ReadCertifiedFiles(map, problems, what);
        var wave = map.String("wave");
        if (wave is not null && waves.All(w => w.Name != wave))
        {
            var allowed = waves.Count == 0 ? "the fleet declares no waves" : $"declared waves: {string.Join(", ", waves.Select(w => w.Name))}";
            problems.Report(map.Value("wave")!, $"{what}: wave '{wave}' is not in 'waves'; {allowed}");
        }

        var tags = map.Strings("tags").Select(t => t.Value!.Trim()).ToList();
        if (id is null || repositoryText is null || repositoryText.Trim().Length == 0)
        {
            return null;
        }

        var owner = map.String("owner")?.Trim();
        return new Site(
            id,
            map.String("name") ?? id,
            SiteRepository.Resolve(repositoryText, folder),
            vendor,
            dialect,
            firmware,
            lineStatus,
            windows,
            certified,
            wave,
            tags)
        {
            Owner = owner is { Length: > 0 } ? owner : null,
        };
    }

    // Name the site in every message, even for keys read before its id.
    private static string SiteLabel(YamlNode node) =>
        node is YamlMappingNode mapping && mapping.Children.TryGetValue(new YamlScalarNode("id"), out var id) && id is YamlScalarNode { Value: { Length: > 0 } text }
            ? $"site '{text}'"
            : "site";

    private static YamlScalarNode? ReadScalar(YamlMap map, string key, YamlProblems problems, string what, bool required = false)
    {
        var text = map.String(key);
        if (text is null)
        {
            if (required && !map.Has(key))
            {
                problems.Report(map.Node, $"{what}: missing required key '{key}'");
            }

            return null;
        }

        return (YamlScalarNode)map.Value(key)!;
    }

    private static List<MaintenanceWindow> ReadWindows(YamlMap site, YamlProblems problems, string what)
    {
        var windows = new List<MaintenanceWindow>();
        foreach (var node in site.Sequence("maintenance_windows"))
        {
            var map = YamlMap.From(node, problems, $"{what} maintenance window", WindowKeys);
            if (map is null)
            {
                continue;
            }

            var day = ParseDay(map, problems, what);
            var start = ParseTime(map, "start", problems, what);
            var end = ParseTime(map, "end", problems, what);
            if (start is not null && end is not null && start == end)
            {
                problems.Report(map.Value("end")!, $"{what}: maintenance window starts and ends at {start:HH\\:mm}; it must have a length");
                continue;
            }

            if (day is not null && start is not null && end is not null)
            {
                windows.Add(new MaintenanceWindow(day.Value, start.Value, end.Value));
            }
        }

        return windows;
    }

    private static DayOfWeek? ParseDay(YamlMap map, YamlProblems problems, string what)
    {
        var text = map.String("day", required: true);
        if (text is null)
        {
            return null;
        }

        foreach (var day in Enum.GetValues<DayOfWeek>())
        {
            var full = day.ToString();
            if (string.Equals(text.Trim(), full, StringComparison.OrdinalIgnoreCase) ||
                string.Equals(text.Trim(), full[..3], StringComparison.OrdinalIgnoreCase))
            {
                return day;
            }
        }

        problems.Report(map.Value("day")!, $"{what}: maintenance window day '{text}' is unknown; allowed: Mon, Tue, Wed, Thu, Fri, Sat, Sun");
        return null;
    }

    private static TimeOnly? ParseTime(YamlMap map, string key, YamlProblems problems, string what)
    {
        var text = map.String(key, required: true);
        if (text is null)
        {
            return null;
        }

        if (TimeOnly.TryParseExact(text.Trim(), ["HH:mm", "H:mm"], CultureInfo.InvariantCulture, DateTimeStyles.None, out var time))
        {
            return time;
        }

        problems.Report(map.Value(key)!, $"{what}: maintenance window {key} '{text}' must be a 24-hour time such as \"06:00\"");
        return null;
    }

    private static List<CertifiedFile> ReadCertifiedFiles(YamlMap site, YamlProblems problems, string what)
    {
        var files = new List<CertifiedFile>();
        foreach (var node in site.Sequence("certified_files"))
        {
            var map = YamlMap.From(node, problems, $"{what} certified file", CertifiedKeys);
            var path = map?.String("path", required: true);
            var sha = map?.String("sha256", required: true);
            if (map is null || path is null || sha is null)
            {
                continue;
            }

            if (!Sha256Pattern().IsMatch(sha.Trim()))
            {
                problems.Report(map.Value("sha256")!, $"{what}: sha256 of '{path}' must be 64 hexadecimal characters, got {sha.Trim().Length} characters");
                continue;
            }

            files.Add(new CertifiedFile(path.Trim().Replace('\\', '/').TrimStart('/'), sha.Trim().ToLowerInvariant()));
        }

        return files;
    }

    [GeneratedRegex("^[a-z0-9]+(-[a-z0-9]+)*$")]
    private static partial Regex SiteIdPattern();

    [GeneratedRegex("^[0-9a-fA-F]{64}$")]
    private static partial Regex Sha256Pattern();
}
