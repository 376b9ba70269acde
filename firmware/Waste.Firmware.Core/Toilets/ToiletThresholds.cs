namespace Waste.Firmware.Core.Toilets;

/// <summary>A toilet node's alarm thresholds (twin: <c>nh3_alarm_ppm</c>, <c>h2s_alarm_ppm</c>, <c>odour_k</c>,
/// <c>odour_n</c>, <c>stuck_occupied_min</c>).</summary>
public sealed class ToiletThresholds
{
    /// <summary>Creates thresholds; values outside the protocol's ranges are refused.</summary>
    public ToiletThresholds(double ammoniaPpm, double hydrogenSulphidePpm, int odourK, int odourN, double stuckOccupiedMinutes)
    {
        if (!(ammoniaPpm >= 1 && ammoniaPpm <= 500))
        {
            throw new System.ArgumentOutOfRangeException(nameof(ammoniaPpm));
        }

        if (!(hydrogenSulphidePpm >= 0.1 && hydrogenSulphidePpm <= 100))
        {
            throw new System.ArgumentOutOfRangeException(nameof(hydrogenSulphidePpm));
        }

        if (odourN < 1 || odourN > 32 || odourK < 1 || odourK > odourN)
        {
            throw new System.ArgumentOutOfRangeException(nameof(odourK));
        }

        if (!(stuckOccupiedMinutes >= 5 && stuckOccupiedMinutes <= 240))
        {
            throw new System.ArgumentOutOfRangeException(nameof(stuckOccupiedMinutes));
        }

        AmmoniaPpm = ammoniaPpm;
        HydrogenSulphidePpm = hydrogenSulphidePpm;
        OdourK = odourK;
        OdourN = odourN;
        StuckOccupiedMinutes = stuckOccupiedMinutes;
    }

    /// <summary>NH3 alarm threshold, ppm.</summary>
    public double AmmoniaPpm { get; }

    /// <summary>H2S alarm threshold, ppm.</summary>
    public double HydrogenSulphidePpm { get; }

    /// <summary>Samples over threshold needed...</summary>
    public int OdourK { get; }

    /// <summary>...among the last n.</summary>
    public int OdourN { get; }

    /// <summary>Occupied longer than this raises stuck_occupied, minutes.</summary>
    public double StuckOccupiedMinutes { get; }
}
