namespace Waste.Storage.Sqlite;

/// <summary>
/// The grain database is damaged or has lost commits it acknowledged: the host must not start on it, and a grain must
/// not read a damaged row. The message is the operator's (the file, what was found, the way back); <see cref="Finding"/>
/// is what was found without the file's place, for an API's answer. Both cross silos (the host lets Orleans serialize
/// this namespace's exceptions, and the finding travels in <see cref="Exception.Data"/>).
/// </summary>
public sealed class StorageDamagedException : Exception
{
    private const string FindingKey = "Waste.Storage.Finding";

    /// <summary>What was found in <paramref name="path"/>, and how to recover.</summary>
    public StorageDamagedException(string path, string finding, string wayBack)
        : base($"The grain database {path} cannot be used: {finding}. Nothing was changed. {wayBack} See docs/deployment.md, \"When the host refuses to start\".")
    {
        Data[FindingKey] = finding;
    }

    /// <summary>What was found, without the file's place.</summary>
    public string Finding => Data[FindingKey] as string ?? Message;
}
