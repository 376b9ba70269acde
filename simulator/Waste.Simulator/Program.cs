using System.CommandLine;
using Waste.Simulator;

var root = new RootCommand("The virtual city: smart bins running the real firmware core against the cloud")
{
    DemoCommand.Create(),
};
return await root.Parse(args).InvokeAsync();
