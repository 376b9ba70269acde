using Waste.Host;

var app = WasteHost.Create(args);
await app.RunAsync();
