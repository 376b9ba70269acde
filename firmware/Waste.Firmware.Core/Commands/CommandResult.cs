namespace Waste.Firmware.Core.Commands;

/// <summary>What a command did: a method status (200, 400, 404, 500) and the JSON answer body.</summary>
public sealed class CommandResult
{
    /// <summary>Creates a result.</summary>
    public CommandResult(int status, string body)
    {
        Status = status;
        Body = body;
    }

    /// <summary>The method status.</summary>
    public int Status { get; }

    /// <summary>The JSON answer.</summary>
    public string Body { get; }
}
