using System.CommandLine;
using Waste.Ingest.Bench;

var devices = new Option<int>("--devices") { Description = "Devices, each with its own MQTT connection", DefaultValueFactory = _ => 10_000 };
var seconds = new Option<double>("--seconds") { Description = "Length of the measured window", DefaultValueFactory = _ => 30 };
var warmUp = new Option<double>("--warm-up-seconds") { Description = "Publishing before the window opens", DefaultValueFactory = _ => 10 };
var rate = new Option<double>("--rate") { Description = "Messages per second offered in all; 0: each device publishes again as soon as it is acknowledged", DefaultValueFactory = _ => 0 };
var readings = new Option<int>("--readings-per-message") { Description = "Readings batched in each message", DefaultValueFactory = _ => 1 };
var root = new RootCommand("Drives devices over MQTT QoS 1 through the embedded hub into grains (SQLite storage) and prints messages/s and publish-to-persisted latency")
{
    devices, seconds, warmUp, rate, readings,
};
root.SetAction(async (result, cancellationToken) =>
{
    var count = result.GetValue(devices);
    var limit = FileLimit.Ensure((ulong)(2 * count + 4096));
    if (limit < (ulong)(2 * count + 1024))
    {
        Console.Error.WriteLine($"{count} devices need about {2 * count + 1024} open files in this process (both ends of every socket); the limit is {limit}. Raise it (ulimit -n) or use fewer devices.");
        return 2;
    }

    var data = Directory.CreateTempSubdirectory("ingest-bench-").FullName;
    try
    {
        var run = new IngestRun(count, TimeSpan.FromSeconds(result.GetValue(seconds)), TimeSpan.FromSeconds(result.GetValue(warmUp)),
            result.GetValue(rate), result.GetValue(readings), data);
        var outcome = await run.RunAsync(message => Console.WriteLine($"[{DateTime.Now:HH:mm:ss}] {message}"), cancellationToken);
        outcome.Print();
        return outcome.SampledStored == outcome.SampledAcknowledged ? 0 : 1;
    }
    finally
    {
        Microsoft.Data.Sqlite.SqliteConnection.ClearAllPools();
        Directory.Delete(data, recursive: true);
    }
});

var fleetDevices = new Option<int>("--devices") { Description = "Bins in the fleet", DefaultValueFactory = _ => 1_000_000 };
var cadence = new Option<double>("--cadence-minutes") { Description = "Virtual minutes between a bin's readings", DefaultValueFactory = _ => 15 };
var rounds = new Option<int>("--rounds") { Description = "Cadences to run (the first activates every grain)", DefaultValueFactory = _ => 3 };
var inFlight = new Option<int>("--in-flight") { Description = "Messages handled at once", DefaultValueFactory = _ => 500 };
var binIdle = new Option<double?>("--bin-idle-minutes") { Description = "Real minutes a bin's grain stays in memory after its last call (Silo:BinIdleAge). Default: the host's (2 hours, so every bin stays active)" };
var paced = new Option<bool>("--paced") { Description = "Spread each round's messages over the cadence in real time, as the fleet sends them (a round then takes the cadence)" };
var fleet = new Command("fleet", "A city-sized fleet in virtual time through the telemetry pipeline (no sockets): memory per bin (every grain active, or idle ones leaving memory) and messages/s")
{
    fleetDevices, cadence, rounds, inFlight, binIdle, paced,
};
fleet.SetAction(async (result, cancellationToken) =>
{
    var data = Directory.CreateTempSubdirectory("fleet-bench-").FullName;
    try
    {
        var run = new FleetScaleRun(result.GetValue(fleetDevices), TimeSpan.FromMinutes(result.GetValue(cadence)), result.GetValue(rounds), result.GetValue(inFlight),
            result.GetValue(binIdle) is { } minutes ? TimeSpan.FromMinutes(minutes) : null, result.GetValue(paced), data);
        var outcome = await run.RunAsync(message => Console.WriteLine($"[{DateTime.Now:HH:mm:ss}] {message}"), cancellationToken);
        outcome.Print();
        return outcome.SampledComplete == outcome.SampledGrains ? 0 : 1;
    }
    finally
    {
        Microsoft.Data.Sqlite.SqliteConnection.ClearAllPools();
        Directory.Delete(data, recursive: true);
    }
});
root.Subcommands.Add(fleet);
return await root.Parse(args).InvokeAsync();
