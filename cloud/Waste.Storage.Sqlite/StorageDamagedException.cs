namespace Waste.Storage.Sqlite;

/// <summary>The grain database is damaged or has lost commits it acknowledged: the host must not start on it (or a
/// grain must not read a damaged row). The message names the file and says how to recover.</summary>
public sealed class StorageDamagedException(string message) : Exception(message);
