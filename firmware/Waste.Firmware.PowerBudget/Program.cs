using System.CommandLine;
using Waste.Firmware.PowerBudget;

var desired = new Option<string>("--desired")
{
    Description = "Desired twin properties for the detailed budget, as JSON (validated as the device would), e.g. {\"sample_period_s\":3600}",
    DefaultValueFactory = _ => "{}",
};
var fillRate = new Option<double>("--fill-rate") { Description = "Assumed fill rate, percent of the bin per day", DefaultValueFactory = _ => UsageAssumptions.StreetBin.FillPercentPerDay };
var battery = new Option<string>("--battery") { Description = "18650 or lisocl2", DefaultValueFactory = _ => "18650" };
var root = new RootCommand("The bin node's power budget, from the firmware's own configuration objects")
{
    desired, fillRate, battery,
};
root.SetAction(result =>
{
    var usage = new UsageAssumptions(result.GetValue(fillRate));
    var cell = result.GetValue(battery) == "lisocl2" ? Battery.LiSocl2D : Battery.LiIon18650;
    var detail = new Scenario("desired " + result.GetValue(desired), result.GetValue(desired)!, cell, RadioProfile.WifiTlsMqtt);
    try
    {
        Console.WriteLine(BudgetReport.Detail(detail, usage));
        Console.WriteLine("What it takes (each scenario's desired properties applied to the defaults by the firmware):");
        Console.WriteLine(BudgetReport.Comparison(Scenario.Comparison, usage));
        Console.WriteLine("Sensitivity of the detailed scenario to the cell's self-discharge:");
        Console.WriteLine(BudgetReport.SelfDischargeSensitivity(detail, usage));
        return 0;
    }
    catch (ArgumentException e)
    {
        Console.Error.WriteLine(e.Message);
        return 2;
    }
});
return root.Parse(args).Invoke();
