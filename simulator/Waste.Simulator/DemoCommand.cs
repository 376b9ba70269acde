using System.CommandLine;
using Microsoft.AspNetCore.Builder;
using Microsoft.Extensions.DependencyInjection;
using Waste.Host;
using Waste.Registry;
using Waste.Simulation;
using Waste.Simulation.Clock;
using Waste.Simulation.Devices;

namespace Waste.Simulator;

/// <summary><c>simulate demo</c>: the whole system in one process: hub, silo and API, with virtual bins filling on
/// an accelerated clock.</summary>
public static class DemoCommand
{
    /// <summary>Builds the command.</summary>
    public static Command Create()
    {
        var bins = new Option<int>("--bins") { Description = "Number of virtual bins", DefaultValueFactory = _ => 50 };
        var speed = new Option<double>("--speed") { Description = "Simulated seconds per real second", DefaultValueFactory = _ => 120 };
        var sampleMinutes = new Option<int>("--sample-minutes") { Description = "Simulated minutes between a bin's readings", DefaultValueFactory = _ => 15 };
        var seed = new Option<int>("--seed") { Description = "Seed of the virtual city", DefaultValueFactory = _ => 1 };
        var data = new Option<string>("--data") { Description = "Folder for the demo's state and generated keys", DefaultValueFactory = _ => ".data/demo" };
        var url = new Option<string>("--url") { Description = "Address of the web API", DefaultValueFactory = _ => "http://127.0.0.1:5080" };
        var command = new Command("demo", "Run the cloud host and a fleet of virtual bins together, in one process")
        {
            bins, speed, sampleMinutes, seed, data, url,
        };
        command.SetAction((result, cancellationToken) => RunAsync(
            result.GetValue(bins), result.GetValue(speed), result.GetValue(sampleMinutes), result.GetValue(seed),
            result.GetValue(data)!, result.GetValue(url)!, cancellationToken));
        return command;
    }

    private static async Task<int> RunAsync(int binCount, double speed, int sampleMinutes, int seed, string dataDirectory, string url, CancellationToken cancellationToken)
    {
        var clock = new AcceleratedClock(DateTimeOffset.UtcNow, speed);
        await using var app = WasteHost.Create([$"--Storage:DataDirectory={dataDirectory}", $"--Urls={url}", "--Web:DemoUsers=true"], clock);
        await app.StartAsync(cancellationToken);
        var hub = app.Hub();
        var credentials = await FleetProvisioning.EnsureBinsAsync(
            app.Services.GetRequiredService<IDeviceRegistry>(), "bin-", binCount, new HubAddress(hub.HostName, hub.BindAddress, hub.MqttPort), cancellationToken);

        var fleet = await BinFleet.ConnectAsync(credentials, clock, seed, cancellationToken);
        Console.WriteLine($"""

            Waste demo running: {binCount} virtual bins, clock x{speed}, a reading every {sampleMinutes} simulated minutes.
              Web app: {url}/ (the demo users were printed above on the first run)
              API:     {url}/api/devices/{credentials[0].DeviceId}
              Stats:   {url}/api/hub/stats
              MQTT:    {hub.BindAddress}:{hub.MqttPort} (hub {hub.HostName})
            Press Ctrl+C to stop.

            """);

        var interval = clock.Real(TimeSpan.FromMinutes(sampleMinutes));
        using var timer = new PeriodicTimer(interval);
        try
        {
            do
            {
                await fleet.StepAsync(cancellationToken);
            }
            while (await timer.WaitForNextTickAsync(cancellationToken));
        }
        catch (OperationCanceledException)
        {
            Console.WriteLine("Stopping.");
        }

        await fleet.DisposeAsync();
        await app.StopAsync(CancellationToken.None);
        return 0;
    }
}
