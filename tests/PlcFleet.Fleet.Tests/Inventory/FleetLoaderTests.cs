using PlcFleet.Fleet.Inventory;
using PlcFleet.Fleet.Tests.TestData;
using Dialect = PlcFleet.StructuredText.Syntax.Dialect;

namespace PlcFleet.Fleet.Tests.Inventory;

public sealed class FleetLoaderTests
{
    private const string Path = "/plants/acme/fleet.yaml";

    private static FleetLoadResult Parse(string yaml) => FleetLoader.Parse(yaml, Path);

    private static string SiteYaml(string extra = "", string id = "lyon-l1") => $"""
        fleet: acme-packaging
        waves:
          - name: pilot
          - name: general
        sites:
          - id: {id}
            repository: sites/{id}
            vendor: codesys
            firmware: 3.5.17
            wave: pilot
        {extra}
        """;

    [Fact]
    public void Loads_the_example_fleet()
    {
        using var folder = new TempFolder();
        var result = FleetLoader.Load(FleetFiles.WriteFleet(folder));

        Assert.True(result.Succeeded, string.Join("\n", result.Problems));
        var fleet = result.Fleet!;
        Assert.Equal("acme-packaging", fleet.Name);
        Assert.Equal(["pilot", "early", "general"], fleet.Waves.Select(w => w.Name));
        Assert.Equal(7, fleet.Sites.Count);
        Assert.Equal(["lyon-l1"], fleet.SitesInWave("pilot").Select(s => s.Id));
    }

    [Fact]
    public void Reads_every_site_field()
    {
        using var folder = new TempFolder();
        var site = FleetLoader.Load(FleetFiles.WriteFleet(folder)).Fleet!.FindSite("lyon-l1")!;

        Assert.Equal("Lyon packaging line 1", site.Name);
        Assert.Equal(Vendor.Codesys, site.Vendor);
        Assert.Equal(Dialect.Codesys, site.Dialect);
        Assert.Equal(FirmwareVersion.Parse("3.5.17"), site.Firmware);
        Assert.Equal(LineStatus.Maintenance, site.LineStatus);
        Assert.Equal(new MaintenanceWindow(DayOfWeek.Saturday, new TimeOnly(6, 0), new TimeOnly(14, 0)), Assert.Single(site.MaintenanceWindows));
        Assert.Equal("pilot", site.Wave);
        Assert.Equal(["packaging", "dual-channel"], site.Tags);
        Assert.True(site.HasTag("PACKAGING"));
    }

    [Fact]
    public void Relative_repository_resolves_against_fleet_folder()
    {
        using var folder = new TempFolder();
        var site = FleetLoader.Load(FleetFiles.WriteFleet(folder)).Fleet!.FindSite("gent-a1")!;

        Assert.Equal(folder.Combine("sites", "gent-a1"), site.Repository.LocalPath);
        Assert.Equal("sites/gent-a1", site.Repository.Declared);
        Assert.False(site.Repository.IsRemote);
    }

    [Theory]
    [InlineData("https://git.acme.example/plants/lyon-l1.git")]
    [InlineData("git@git.acme.example:plants/lyon-l1.git")]
    public void Git_url_repository_stays_remote(string url)
    {
        var fleet = Parse(SiteYaml().Replace("sites/lyon-l1", url, StringComparison.Ordinal)).Fleet!;

        Assert.True(fleet.Sites[0].Repository.IsRemote);
        Assert.Equal(url, fleet.Sites[0].Repository.Declared);
    }

    [Fact]
    public void Dialect_defaults_from_vendor()
    {
        using var folder = new TempFolder();
        var fleet = FleetLoader.Load(FleetFiles.WriteFleet(folder)).Fleet!;

        Assert.Equal(Dialect.Scl, fleet.FindSite("brno-l3")!.Dialect);
        Assert.Equal(Dialect.Iec, fleet.FindSite("gent-a1")!.Dialect);
        Assert.Equal(Dialect.Codesys, fleet.FindSite("lyon-l2")!.Dialect);
    }

    [Fact]
    public void Certified_file_checksum_is_normalised_to_lowercase()
    {
        var sha = new string('A', 64);
        var yaml = SiteYaml($"    certified_files:\n      - {{ path: src/Safety/SafetyMain.st, sha256: {sha} }}");
        var file = Assert.Single(Parse(yaml).Fleet!.Sites[0].CertifiedFiles);

        Assert.Equal(new CertifiedFile("src/Safety/SafetyMain.st", new string('a', 64)), file);
    }

    [Fact]
    public void Defaults_when_optional_keys_are_absent()
    {
        var site = Parse(SiteYaml()).Fleet!.Sites[0];

        Assert.Equal("lyon-l1", site.Name);
        Assert.Equal(LineStatus.Running, site.LineStatus);
        Assert.Empty(site.Tags);
        Assert.Empty(site.CertifiedFiles);
        Assert.Empty(site.MaintenanceWindows);
    }

    [Fact]
    public void Wave_gate_defaults_to_all_deployed_and_reads_others()
    {
        var yaml = SiteYaml().Replace("  - name: general", "  - name: general\n    gate: manual", StringComparison.Ordinal);
        var waves = Parse(yaml).Fleet!.Waves;

        Assert.Equal(WaveGate.AllDeployed, waves[0].Gate);
        Assert.Equal(WaveGate.Manual, waves[1].Gate);
        Assert.Equal(1, waves[1].Order);
    }

    [Fact]
    public void Duplicate_site_id_names_both_lines()
    {
        var yaml = SiteYaml("""
              - id: lyon-l1
                repository: sites/lyon-l1-copy
                vendor: codesys
            """);
        var problem = Assert.Single(Parse(yaml).Problems);

        Assert.Equal((11, 9), (problem.Line, problem.Column));
        Assert.Contains("duplicate site id (first defined at line 6)", problem.Message, StringComparison.Ordinal);
        Assert.Equal(Path, problem.File);
    }

    [Theory]
    [InlineData("    colour: blue", 11, 5, "unknown key 'colour'")]
    [InlineData("    vendor_name: beckhoff", 11, 5, "allowed keys: id, name, repository")]
    [InlineData("    line_status: producing", 11, 18, "unknown value 'producing'; allowed: running, maintenance, stopped")]
    [InlineData("    dialect: ladder", 11, 14, "allowed: codesys, iec, scl")]
    [InlineData("    maintenance_windows:\n      - { day: Caturday, start: \"06:00\", end: \"14:00\" }", 12, 16, "day 'Caturday' is unknown")]
    [InlineData("    maintenance_windows:\n      - { day: Sat, start: \"25:00\", end: \"14:00\" }", 12, 28, "start '25:00' must be a 24-hour time")]
    [InlineData("    maintenance_windows:\n      - { day: Sat, start: \"06:00\", end: \"06:00\" }", 12, 42, "must have a length")]
    [InlineData("    maintenance_windows:\n      - { day: Sat, start: \"06:00\" }", 12, 9, "missing required key 'end'")]
    [InlineData("    certified_files:\n      - { path: src/Safety/SafetyMain.st, sha256: 9f2c }", 12, 51, "must be 64 hexadecimal characters, got 4")]
    [InlineData("    certified_files:\n      - { path: src/Safety/SafetyMain.st }", 12, 9, "missing required key 'sha256'")]
    [InlineData("    tags: { a: b }", 11, 11, "'tags' must be a list")]
    public void Site_errors_carry_line_and_column(string extra, int line, int column, string expected)
    {
        var problem = Assert.Single(Parse(SiteYaml(extra)).Problems);

        Assert.Contains(expected, problem.Message, StringComparison.Ordinal);
        Assert.Equal((line, column), (problem.Line, problem.Column));
    }

    [Theory]
    [InlineData("firmware: 3.5.17", "firmware: 3.5.x", "firmware '3.5.x' is not a dotted version")]
    [InlineData("firmware: 3.5.17", "firmware: latest", "firmware 'latest' is not a dotted version")]
    [InlineData("vendor: codesys", "vendor: beckhoff", "unknown value 'beckhoff'; allowed: codesys, twincat, siemens, rockwell, generic")]
    [InlineData("wave: pilot", "wave: canary", "wave 'canary' is not in 'waves'; declared waves: pilot, general")]
    [InlineData("id: lyon-l1", "id: Lyon_L1", "id must use only lowercase letters, digits and '-'")]
    [InlineData("repository: sites/lyon-l1", "repository: \"\"", "missing repository")]
    public void Bad_values_are_reported_at_the_value(string oldText, string newText, string expected)
    {
        var yaml = SiteYaml().Replace(oldText, newText, StringComparison.Ordinal);
        var problem = Assert.Single(Parse(yaml).Problems);

        Assert.Contains(expected, problem.Message, StringComparison.Ordinal);
        var lineIndex = yaml.Split('\n').ToList().FindIndex(l => l.Contains(newText, StringComparison.Ordinal));
        Assert.Equal(lineIndex + 1, problem.Line);
        Assert.Equal(yaml.Split('\n')[lineIndex].IndexOf(':', StringComparison.Ordinal) + 3, problem.Column);
    }

    [Fact]
    public void Missing_repository_key_is_reported_at_the_site()
    {
        var yaml = SiteYaml().Replace("    repository: sites/lyon-l1\n", string.Empty, StringComparison.Ordinal);
        var problem = Assert.Single(Parse(yaml).Problems);

        Assert.Contains("site 'lyon-l1': missing repository", problem.Message, StringComparison.Ordinal);
        Assert.Equal((6, 5), (problem.Line, problem.Column));
    }

    [Fact]
    public void All_problems_are_returned_at_once()
    {
        var yaml = """
            fleet: acme-packaging
            waves:
              - name: pilot
            sites:
              - id: lyon-l1
                repository: sites/lyon-l1
                vendor: beckhoff
                firmware: three
              - id: lyon-l1
                vendor: codesys
                wave: canary
            """;
        var problems = Parse(yaml).Problems;

        Assert.Equal(5, problems.Count);
        Assert.Equal([7, 8, 9, 9, 11], problems.Select(p => p.Line).Order());
        Assert.Null(Parse(yaml).Fleet);
    }

    [Fact]
    public void Missing_fleet_name_and_sites_are_reported()
    {
        var problems = Parse("waves:\n  - name: pilot\n").Problems;

        Assert.Contains(problems, p => p.Message.Contains("missing required key 'fleet'", StringComparison.Ordinal));
        Assert.Contains(problems, p => p.Message.Contains("missing required key 'sites'", StringComparison.Ordinal));
    }

    [Fact]
    public void Duplicate_wave_name_is_reported()
    {
        var yaml = SiteYaml().Replace("  - name: general", "  - name: pilot", StringComparison.Ordinal);
        var problem = Assert.Single(Parse(yaml).Problems);

        Assert.Equal((4, 11), (problem.Line, problem.Column));
        Assert.Contains("duplicate wave name 'pilot'", problem.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Bad_wave_gate_lists_allowed_gates()
    {
        var yaml = SiteYaml().Replace("  - name: pilot", "  - name: pilot\n    gate: when_ready", StringComparison.Ordinal);
        var problem = Assert.Single(Parse(yaml).Problems);

        Assert.Contains("allowed: all_deployed, all_approved, manual", problem.Message, StringComparison.Ordinal);
        Assert.Equal(4, problem.Line);
    }

    [Fact]
    public void Yaml_syntax_error_is_a_problem_not_an_exception()
    {
        var problem = Assert.Single(Parse("fleet: acme\nsites:\n  - id: a\n   repository: x: y\n").Problems);

        Assert.StartsWith("invalid YAML", problem.Message, StringComparison.Ordinal);
        Assert.Equal(4, problem.Line);
    }

    [Theory]
    [InlineData("fleet: acme\nsites:\n  - id: lyon-l1\n\trepository: sites/lyon-l1\n", 4, 1)]
    [InlineData("fleet: acme\nsites:\n  - id: lyon-l1\n    name: Lyon\n    repository:\tsites/lyon-l1\n\tvendor: codesys\n", 6, 1)]
    public void A_tab_is_reported_on_its_own_line_and_column(string yaml, int line, int column)
    {
        var problem = Assert.Single(Parse(yaml).Problems);

        Assert.StartsWith("invalid YAML", problem.Message, StringComparison.Ordinal);
        Assert.Equal((line, column), (problem.Line, problem.Column));
        Assert.Contains("tab", problem.Message, StringComparison.OrdinalIgnoreCase);
    }

    [Theory]
    [InlineData("codesys", Dialect.Codesys)]
    [InlineData("TwinCAT", Dialect.Codesys)]
    [InlineData("iec", Dialect.Iec)]
    [InlineData("siemens", Dialect.Scl)]
    public void Dialect_names_are_the_ones_a_site_plcfleet_yaml_accepts(string name, Dialect expected)
    {
        var result = Parse(SiteYaml($"    dialect: {name}"));

        Assert.Empty(result.Problems);
        Assert.Equal(expected, Assert.Single(result.Fleet!.Sites).Dialect);
    }

    [Fact]
    public void Duplicate_yaml_key_is_reported()
    {
        var problem = Assert.Single(Parse(SiteYaml("    vendor: twincat")).Problems);

        Assert.Contains("invalid YAML", problem.Message, StringComparison.Ordinal);
        Assert.Equal(11, problem.Line);
    }

    [Fact]
    public void Empty_file_and_missing_file_are_problems()
    {
        Assert.Contains("empty", Assert.Single(Parse("").Problems).Message, StringComparison.Ordinal);
        Assert.Contains("not found", Assert.Single(FleetLoader.Load("/nonexistent/fleet.yaml").Problems).Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Problem_prints_like_a_compiler()
    {
        var problem = Assert.Single(Parse(SiteYaml("    colour: blue")).Problems);

        Assert.Equal($"{Path}:11:5: error: site 'lyon-l1': unknown key 'colour'; allowed keys: id, name, repository, vendor, dialect, firmware, line_status, maintenance_windows, certified_files, wave, tags, owner", problem.ToString());
    }
}

public sealed class FleetLoaderEdgeTests
{
    [Fact]
    public void Repository_given_as_a_mapping_is_reported_once()
    {
        var yaml = "fleet: acme\nsites:\n  - id: lyon-l1\n    vendor: codesys\n    repository: { url: x }\n";

        var problem = Assert.Single(FleetLoader.Parse(yaml, "fleet.yaml").Problems);

        Assert.Equal("site 'lyon-l1': 'repository' must be a single value", problem.Message);
        Assert.Equal((5, 17), (problem.Line, problem.Column));
    }
}
