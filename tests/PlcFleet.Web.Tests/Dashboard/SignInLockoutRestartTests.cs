using System.Net;
using Microsoft.Data.Sqlite;
using PlcFleet.Fleet.Users;
using PlcFleet.Web.Tests.Support;

namespace PlcFleet.Web.Tests.Dashboard;

/// <summary>
/// A password guesser who gets erik locked out cannot wait for (or provoke) a restart of <c>plcfleet serve</c> to
/// guess on: the failure counters are in the store, not in the dashboard process.
/// </summary>
public sealed class SignInLockoutRestartTests : IAsyncLifetime
{
    private ReviewFleet _fleet = null!;

    public async Task InitializeAsync() => _fleet = await ReviewFleet.CreateAsync();

    public Task DisposeAsync()
    {
        _fleet.Dispose();
        return Task.CompletedTask;
    }

    [Fact]
    public async Task A_lockout_survives_a_restart_of_the_dashboard()
    {
        await using (var before = await DashboardClient.StartAsync(_fleet))
        {
            for (var i = 1; i <= SignInThrottle.MaxFailuresPerUser; i++)
            {
                await before.SignInAsync("erik", $"Summer-202{i}");
            }
        }

        _fleet.ReopenStore();
        await using var after = await DashboardClient.StartAsync(_fleet);
        var right = await after.SignInAsync("erik");

        Assert.Equal(HttpStatusCode.TooManyRequests, right.Status);
        Assert.Contains("Too many failed sign-ins", right.Html, StringComparison.Ordinal);
        var records = (await _fleet.Store.Audit.ReadAllAsync()).Where(r => r.Action == "user.sign_in_failed" && r.Actor == "erik").ToList();
        Assert.Equal(SignInThrottle.MaxFailuresPerUser + 1, records.Count);
        Assert.Contains("\"reason\":\"locked out\"", records[^1].DetailsJson, StringComparison.Ordinal);
        Assert.Empty((await _fleet.Store.Audit.VerifyAsync()).Problems);
        // olga signs in from another address's point of view: her name is not locked by erik's guesser.
        Assert.Equal(HttpStatusCode.Redirect, (await after.SignInAsync("olga")).Status);
    }

    [Fact]
    public async Task An_address_spraying_names_stays_locked_after_a_restart()
    {
        await using (var before = await DashboardClient.StartAsync(_fleet))
        {
            for (var i = 0; i < SignInThrottle.MaxFailuresPerAddress; i++)
            {
                await before.SignInAsync($"guess{i}", "Password1");
            }
        }

        _fleet.ReopenStore();
        await using var after = await DashboardClient.StartAsync(_fleet);

        Assert.Equal(HttpStatusCode.TooManyRequests, (await after.SignInAsync("marta")).Status);
    }

    [Fact]
    public async Task The_counters_keep_no_typed_name_as_text()
    {
        await using (var dashboard = await DashboardClient.StartAsync(_fleet))
        {
            await dashboard.SignInAsync("Correct-horse-7 marta", "");
            await dashboard.SignInAsync("erik", "wrong-one");
        }

        using var connection = new SqliteConnection($"Data Source={_fleet.Store.Path}");
        connection.Open();
        using var command = connection.CreateCommand();
        command.CommandText = "SELECT counter_key, failures FROM sign_in_failures ORDER BY counter_key;";
        using var reader = command.ExecuteReader();
        var rows = new List<(string Key, int Failures)>();
        while (reader.Read())
        {
            rows.Add((reader.GetString(0), reader.GetInt32(1)));
        }

        Assert.Equal(3, rows.Count); // two names (hashed) and one address
        Assert.All(rows, row => Assert.DoesNotContain("horse", row.Key, StringComparison.OrdinalIgnoreCase));
        Assert.All(rows, row => Assert.DoesNotContain("erik", row.Key, StringComparison.OrdinalIgnoreCase));
        Assert.Contains(rows, row => row.Key.StartsWith("address:", StringComparison.Ordinal) && row.Failures == 2);
    }
}
