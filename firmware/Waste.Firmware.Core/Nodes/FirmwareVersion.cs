namespace Waste.Firmware.Core.Nodes;

/// <summary>The firmware's version, reported as <c>fw</c>.</summary>
public static class FirmwareVersion
{
    /// <summary>This build's version.</summary>
    public const string Current = "1.0.0";
}
