namespace Waste.Web.Public;

/// <summary>A toilet's air in plain words, from its latest ammonia and hydrogen sulphide readings.</summary>
public enum OdourLevel
{
    /// <summary>No reading yet.</summary>
    Unknown,

    /// <summary>Both gases under half their alert thresholds.</summary>
    Fresh,

    /// <summary>A gas at half its threshold or more.</summary>
    Slight,

    /// <summary>The odour rule holds (over the threshold in k of the last n readings): maintenance has an alert.</summary>
    Strong,
}
