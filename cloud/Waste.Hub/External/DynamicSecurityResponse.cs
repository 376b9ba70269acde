using System.Text.Json;

namespace Waste.Hub.External;

/// <summary>The plugin's answer to one command: an error text when it failed, and the data a listing returns.</summary>
public sealed record DynamicSecurityResponse(string Command, string? Error, JsonElement Data)
{
    /// <summary>True when the command failed only because the broker already is as the command would make it (the
    /// thing exists already, or is gone already): another silo, or an earlier run, did it first.</summary>
    public bool IsAlreadyDone => Error is "Client already exists" or "Role already exists" or "Client not found";
}
