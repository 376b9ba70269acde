using System.CommandLine;
using Waste.Registry.Cli;

var root = new RootCommand("Register the devices of a city, revoke them and rotate their keys. Works on the registry "
    + "the cloud host uses (its data folder); a running host picks up the changes at once.");
foreach (var command in RegistryCommands.All())
{
    root.Subcommands.Add(command);
}

return await root.Parse(args).InvokeAsync();
