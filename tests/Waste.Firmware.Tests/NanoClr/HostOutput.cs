using Waste.Firmware.Scenarios;

namespace Waste.Firmware.Tests.NanoClr;

/// <summary>The scenario's lines on the host, collected.</summary>
internal sealed class HostOutput : IScenarioOutput
{
    private readonly List<string> _lines = [];

    public IReadOnlyList<string> Lines => _lines;

    public void Line(string text) => _lines.Add(text);

    public static IReadOnlyList<string> OfScenario()
    {
        var output = new HostOutput();
        FirmwareScenario.Run(output);
        return output.Lines;
    }
}
