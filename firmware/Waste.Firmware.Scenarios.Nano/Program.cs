using System.Diagnostics;

namespace Waste.Firmware.Scenarios;

/// <summary>The scenario's entry point on nanoCLR: its lines go to the debug output, which nanoCLR prints.</summary>
public static class Program
{
    /// <summary>Runs the scenario.</summary>
    public static void Main() => FirmwareScenario.Run(new DebugOutput());

    private sealed class DebugOutput : IScenarioOutput
    {
        public void Line(string text) => Debug.WriteLine(text);
    }
}
