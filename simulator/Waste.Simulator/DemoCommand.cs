using System.CommandLine;
using Microsoft.Extensions.Time.Testing;
using Spectre.Console;
using Waste.Grains.Planning;
using Waste.Simulation.Citizens;
using Waste.Simulation.City;
using Waste.Simulation.Cloud;
using Waste.Simulation.Faults;
using Waste.Simulation.Models;
using Waste.Simulation.Run;

namespace Waste.Simulator;

/// <summary>
/// <c>simulate demo</c>: the whole system in one process at a watchable pace: the cloud (hub, silo, API, web app with
/// one account per role) and a smaller virtual city on it, its bins and toilets running the real firmware, its trucks
/// driving the forecast policy's plans. The first truck's crew is the demo's <c>crew</c> account, so the crew page
/// shows a route; the dispatcher sees every depot's plans.
/// </summary>
public static class DemoCommand
{
    private const string Marker = ".simulate-demo";

    /// <summary>Builds the command.</summary>
    public static Command Create()
    {
        var bins = new Option<int>("--bins") { Description = "Number of bins", DefaultValueFactory = _ => 200 };
        var toilets = new Option<int>("--toilets") { Description = "Number of public toilets", DefaultValueFactory = _ => 10 };
        var days = new Option<int>("--days") { Description = "Simulated days to run", DefaultValueFactory = _ => 7 };
        var speed = new Option<double>("--speed") { Description = "Simulated seconds per real second", DefaultValueFactory = _ => 120 };
        var policy = new Option<string>("--policy") { Description = "forecast, daily, everyotherday or threshold", DefaultValueFactory = _ => "forecast" };
        var seed = new Option<int>("--seed") { Description = "Seed of the virtual city", DefaultValueFactory = _ => 1 };
        var data = new Option<string>("--data") { Description = "Folder for the demo's state (made afresh at each start)", DefaultValueFactory = _ => ".data/demo" };
        var url = new Option<string>("--url") { Description = "Address of the web app and API", DefaultValueFactory = _ => "http://127.0.0.1:5080" };
        var command = new Command("demo", "Run the cloud and a virtual city on it together, in one process, at a watchable pace")
        {
            bins, toilets, days, speed, policy, seed, data, url,
        };
        command.SetAction((result, cancellationToken) => RunAsync(
            new SimulationOptions
            {
                City = new CityOptions { Bins = result.GetValue(bins), Toilets = result.GetValue(toilets), Seed = result.GetValue(seed), FirstTruckCrew = ["crew"] },
                Policy = Enum.Parse<SelectionPolicy>(result.GetValue(policy)!, ignoreCase: true),
                Start = LocalTime.DayOf(DateTimeOffset.UtcNow),
                Days = result.GetValue(days),
                WarmUpDays = 0,
                Speed = result.GetValue(speed),
                PlannerSeconds = 10,
                DeviceThreads = 8,
            },
            result.GetValue(data)!, result.GetValue(url)!, cancellationToken));
        return command;
    }

    private static async Task<int> RunAsync(SimulationOptions options, string dataDirectory, string url, CancellationToken cancellationToken)
    {
        if (Directory.Exists(dataDirectory) && Directory.EnumerateFileSystemEntries(dataDirectory).Any() && !File.Exists(Path.Combine(dataDirectory, Marker)))
        {
            Console.Error.WriteLine($"{dataDirectory} holds something the demo did not make; the demo starts afresh at each run, so give it an empty folder (--data).");
            return 2;
        }

        // Each run is a new city on a clock that starts today: yesterday's devices, sequence numbers and plans would
        // not match it.
        if (Directory.Exists(dataDirectory))
        {
            Directory.Delete(dataDirectory, recursive: true);
        }

        Directory.CreateDirectory(dataDirectory);
        await File.WriteAllTextAsync(Path.Combine(dataDirectory, Marker), "made by simulate demo; deleted at its next start\n", cancellationToken);
        var city = CityGenerator.Generate(options.City);
        var faults = FaultSchedule.Draw(city, options.Faults, options.Begin, options.End, options.City.Seed);
        var clock = new FakeTimeProvider(options.Begin);
        // Every citizen of the demo reports from this machine's one address. The console is for people: the accounts,
        // the address and the progress; the host's log goes to a file.
        var log = Path.Combine(dataDirectory, "demo.log");
        await using var cloud = await EmbeddedCloud.StartAsync(
            clock, [.. options.CloudSettings, "--Web:DemoUsers=true", "--Public:ReportsPerAddressPerHour=1000", $"--Logging:File:Path={log}"], dataDirectory, url);
        var simulation = new CitySimulation(options, city, faults);
        simulation.CloudReady += ready => Console.WriteLine($"""

            Waste demo: {city.Bins.Count} bins and {city.Toilets.Count} toilets of a virtual Binh Duong running the real firmware,
            {city.Fleet.Vehicles.Count} trucks driving the {options.Policy} policy's plans; clock x{options.Speed}, {options.Days} days from {options.Start:yyyy-MM-dd}.
              Web app: {url}/ (the demo accounts and their passwords were printed above; 'crew' drives truck {city.Fleet.Vehicles[0].Id})
              Public:  {url}/public (citizens, no sign-in)   {url}/display (the province's wall screen)
              API:     {url}/api/devices/{city.Bins[0].Id}   {url}/api/plans?day=...   {url}/api/hub/stats
              MQTT:    {ready.Hub.BrokerHost}:{ready.Hub.BrokerPort} (hub {ready.Hub.HostName})
              Log:     {log}
            Press Ctrl+C to stop.

            """);
        var citizens = new CitizenActivity(cloud, clock, city, options.City.Seed);
        var lastHour = -1L;
        simulation.Progress += p =>
        {
            var hour = p.Now.ToUnixTimeSeconds() / 3600;
            if (hour != lastHour && hour % 3 == 0)
            {
                lastHour = hour;
                Console.WriteLine($"{LocalTime.Of(p.Now):yyyy-MM-dd HH:mm}  {p.ReadingsStored:N0} readings stored, {p.Collections:N0} bins emptied, {p.TruckKm:N0} truck-km, {citizens.ReportsSent:N0} citizen reports");
            }
        };
        using var stopCitizens = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken);
        var citizensRun = citizens.RunAsync(stopCitizens.Token);
        try
        {
            var result = await simulation.RunAsync(cloud, clock, cancellationToken);
            AnsiConsole.Write(KpiTable.Of([result]));
        }
        catch (OperationCanceledException)
        {
            Console.WriteLine("Stopping.");
        }
        finally
        {
            await stopCitizens.CancelAsync();
            try
            {
                await citizensRun;
            }
            catch (OperationCanceledException)
            {
                // Stopped with the demo.
            }
        }

        return 0;
    }
}
