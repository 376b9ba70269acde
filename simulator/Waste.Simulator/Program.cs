using System.CommandLine;
using Waste.Simulator;

var root = SimulateCommand.Configure(new RootCommand(
    "The virtual Binh Duong: bins and toilets running the real firmware against the cloud, trucks driving its plans, KPIs per policy"));
root.Subcommands.Add(DemoCommand.Create());
root.Subcommands.Add(CalibrateCommand.Create());
root.Subcommands.Add(PlansGapCommand.Create());
return await root.Parse(args).InvokeAsync();
