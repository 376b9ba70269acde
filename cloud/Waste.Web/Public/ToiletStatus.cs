namespace Waste.Web.Public;

/// <summary>Whether a citizen can use a public toilet now.</summary>
public enum ToiletStatus
{
    /// <summary>Open and working.</summary>
    Open,

    /// <summary>Outside opening hours.</summary>
    Closed,

    /// <summary>Out of order: offline, leaking, occupied far too long, or no visit for abnormally long.</summary>
    OutOfOrder,

    /// <summary>It has never reported.</summary>
    Unknown,
}
