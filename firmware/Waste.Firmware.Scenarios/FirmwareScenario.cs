namespace Waste.Firmware.Scenarios;

/// <summary>
/// What the firmware does, written line by line: each node's worst case for memory, then the bin's and the toilet's
/// lives. The same program runs on .NET and on nanoFramework's interpreter, and the two outputs must be equal.
/// </summary>
public static class FirmwareScenario
{
    /// <summary>Runs everything, writing to <paramref name="output"/>.</summary>
    public static void Run(IScenarioOutput output)
    {
        WorstCase.Bin(output);
        WorstCase.Toilet(output);
        BinLife.Run(output);
        ToiletLife.Run(output);
        output.Line("== end");
    }
}
