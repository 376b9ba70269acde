using Waste.Host;
using Waste.Storage.Sqlite;

try
{
    var app = WasteHost.Create(args);
    await app.RunAsync();
    return 0;
}
catch (StorageDamagedException damaged)
{
    // The reason and the way back, without a stack trace: it is the operator's to act on, not a bug.
    Console.Error.WriteLine(damaged.Message);
    return 2;
}
