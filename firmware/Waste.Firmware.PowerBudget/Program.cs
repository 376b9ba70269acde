using System.CommandLine;
using Waste.Firmware.PowerBudget;

var desired = new Option<string>("--desired")
{
    Description = "Desired twin properties for the detailed budget, as JSON (validated as the device would), e.g. {\"sample_period_s\":3600}",
    DefaultValueFactory = _ => "{}",
};
var fillRate = new Option<double>("--fill-rate") { Description = "Assumed fill rate, percent of the bin per day", DefaultValueFactory = _ => UsageAssumptions.StreetBin.FillPercentPerDay };
var battery = new Option<string>("--battery")
{
    Description = "The detailed budget's cell: lisocl2-c (the bill of materials' default), lisocl2-d or 18650",
    DefaultValueFactory = _ => "lisocl2-c",
};
var daysToFull = new Option<string>("--days-to-full")
{
    Description = "The city's bins: days to full at p10,p25,p50,p75,p90 (default: the simulator's calibrated city)",
};
var fillRates = new Option<FileInfo>("--fill-rates") { Description = "The city's bins: a file of fill rates, percent a day, one a line" };
var threshold = new Option<double>("--threshold") { Description = "Collection threshold, percent", DefaultValueFactory = _ => FillCycle.Default.ThresholdPercent };
var collectionDelay = new Option<double>("--collection-delay-h")
{
    Description = "Hours a bin waits past its threshold to be emptied",
    DefaultValueFactory = _ => FillCycle.Default.CollectionDelayHours,
};
var root = new RootCommand("The bin node's power budget, from the firmware's own configuration objects")
{
    desired, fillRate, battery, daysToFull, fillRates, threshold, collectionDelay,
};
root.SetAction(result =>
{
    var usage = new UsageAssumptions(result.GetValue(fillRate));
    var cell = result.GetValue(battery) switch
    {
        "lisocl2-c" => Battery.LiSocl2C,
        "lisocl2-d" => Battery.LiSocl2D,
        "18650" => Battery.LiIon18650,
        _ => null,
    };
    if (cell is null)
    {
        Console.Error.WriteLine($"--battery: {result.GetValue(battery)} is none of lisocl2-c, lisocl2-d, 18650");
        return 2;
    }

    var detail = new Scenario("desired " + result.GetValue(desired), result.GetValue(desired)!, cell, RadioProfile.WifiTlsMqtt);
    try
    {
        var city = result.GetValue(fillRates) is { } file ? FillRateDistribution.FromFile(file.FullName)
            : result.GetValue(daysToFull) is { } quantiles
                ? FillRateDistribution.FromDaysToFull("days to full " + quantiles, [.. quantiles.Split(',').Select(q => double.Parse(q, System.Globalization.CultureInfo.InvariantCulture))])
                : FillRateDistribution.CalibratedCity;
        var cycle = new FillCycle(result.GetValue(threshold), result.GetValue(collectionDelay));
        Console.WriteLine(BudgetReport.Detail(detail, usage));
        Console.WriteLine("What it takes (each scenario's desired properties applied to the defaults by the firmware):");
        Console.WriteLine(BudgetReport.Comparison(Scenario.Comparison, usage));
        Console.WriteLine("Sensitivity of the detailed scenario to the cell's self-discharge:");
        Console.WriteLine(BudgetReport.SelfDischargeSensitivity(detail, usage));
        Console.WriteLine("Across the city's bins, each at its own fill rate:");
        Console.WriteLine(BudgetReport.City(city, cycle, RadioProfile.WifiTlsMqtt));
        return 0;
    }
    catch (Exception e) when (e is ArgumentException or FormatException or IOException)
    {
        Console.Error.WriteLine(e.Message);
        return 2;
    }
});
return root.Parse(args).Invoke();
