using System.CommandLine;
using System.Globalization;
using Spectre.Console;
using Waste.Forecasting;
using Waste.Forecasting.Bench;

var trace = new Option<FileInfo>("--trace")
{
    Description = "Fill trace CSV (node_eui,time_utc,value_raw)",
    DefaultValueFactory = _ => new FileInfo("../shared/data/fill-traces/dtu-2016/dtu_lorawan_bin_readings_2016.csv"),
};
var horizon = new Option<double>("--horizon-hours") { Description = "How far ahead the fill is forecast", DefaultValueFactory = _ => 24 };
var threshold = new Option<double>("--threshold") { Description = "Collection threshold for time-to-threshold, percent", DefaultValueFactory = _ => 70 };
var warmUp = new Option<double>("--warm-up-hours") { Description = "Hours of a bin's history before its first scored forecast", DefaultValueFactory = _ => 48 };
var window = new Option<double>("--baseline-window-hours") { Description = "Hours of readings the linear baseline fits its slope to", DefaultValueFactory = _ => 6 };
var gain = new Option<double>("--level-gain") { Description = "The model's level gain (0..1)", DefaultValueFactory = _ => FillModelSettings.Default.LevelGain };
var csvOut = new Option<FileInfo?>("--csv") { Description = "Also write every scored forecast to this CSV file" };
var events = new Option<FileInfo?>("--events")
{
    Description = "Instead of fill traces, replay emptying events (the Edinburgh CSV: site_id, collected_at_local_europe_london, fill_before_pct, address) and forecast each fill found from the site's earlier emptyings",
};
var json = new Option<bool>("--json") { Description = "With --events, also print the figures as one JSON object on the last line" };
var prior = new Option<string>("--prior")
{
    Description = "What a bin with little history assumes: 'ward' (what the trace's other bins learnt so far, as in the cloud) or 'city' (the flat city default)",
    DefaultValueFactory = _ => "ward",
};
prior.AcceptOnlyFromAmong("ward", "city");
var root = new RootCommand("Replays real bin fill traces (or emptying events) through the fill forecaster and baselines, side by side")
{
    trace, horizon, threshold, warmUp, window, gain, prior, csvOut, events, json,
};
root.SetAction(result =>
{
    if (result.GetValue(events) is { } eventFile)
    {
        return ReplayEvents(eventFile, result.GetValue(json), result.GetValue(csvOut));
    }

    var file = result.GetValue(trace)!;
    if (!file.Exists)
    {
        Console.Error.WriteLine($"No trace at {file.FullName}. The benchmark's data lives in ../shared/data/fill-traces (not in a fresh clone elsewhere): nothing was measured.");
        return 2;
    }

    var settings = FillModelSettings.Default with { LevelGain = result.GetValue(gain) };
    var replay = new ForecastReplay(
        settings,
        TimeSpan.FromHours(result.GetValue(horizon)),
        TimeSpan.FromHours(result.GetValue(warmUp)),
        TimeSpan.FromHours(result.GetValue(window)),
        result.GetValue(threshold),
        result.GetValue(prior) == "ward");
    var scores = replay.Run([.. FillTrace.ReadCsv(file.FullName).Where(t => t.Readings.Count >= 20)]).ToList();
    if (scores.Count == 0)
    {
        Console.Error.WriteLine("No forecast could be scored: the traces are too short.");
        return 2;
    }

    ForecastReport.Print(scores, result.GetValue(horizon), result.GetValue(threshold));
    if (result.GetValue(csvOut) is { } output)
    {
        ForecastReport.WriteCsv(scores, output.FullName);
    }

    return 0;
});
return await root.Parse(args).InvokeAsync();

static int ReplayEvents(FileInfo file, bool json, FileInfo? csvOut)
{
    if (!file.Exists)
    {
        Console.Error.WriteLine($"No events at {file.FullName}. The Edinburgh data lives in ../shared/data/fill-traces/edinburgh-2016 (not in a fresh clone elsewhere): nothing was measured.");
        return 2;
    }

    CollectionEvents read;
    try
    {
        read = CollectionEvents.ReadCsv(file.FullName);
    }
    catch (InvalidDataException e)
    {
        Console.Error.WriteLine($"{file.FullName} is not an events file: {e.Message}.");
        return 2;
    }

    var scores = new EventReplay(FillModelSettings.Default).Run(read.Events).ToList();
    if (scores.Count == 0)
    {
        Console.Error.WriteLine($"No forecast could be scored: no site has more than {EventReplay.WarmUp} emptyings.");
        return 2;
    }

    EventReport.Print(scores, read);
    if (csvOut is { } output)
    {
        using var writer = new StreamWriter(output.FullName);
        using var csv = new CsvHelper.CsvWriter(writer, CultureInfo.InvariantCulture);
        csv.WriteRecords(scores);
    }

    if (json)
    {
        Console.WriteLine(EventReport.Json(scores));
    }

    return 0;
}
