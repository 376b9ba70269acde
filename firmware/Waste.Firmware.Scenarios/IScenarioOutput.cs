namespace Waste.Firmware.Scenarios;

/// <summary>Where the scenario writes what happened, one line at a time: the debug output on nanoCLR, a list in the
/// host test. The two are compared line by line.</summary>
public interface IScenarioOutput
{
    /// <summary>Writes one line.</summary>
    void Line(string text);
}
