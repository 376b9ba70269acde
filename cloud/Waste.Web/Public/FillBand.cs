namespace Waste.Web.Public;

/// <summary>A bin's fill as the public sees it: a colour, never a figure a vandal or a crew watcher could use.</summary>
public enum FillBand
{
    /// <summary>No reading yet.</summary>
    Unknown,

    /// <summary>Under half full: room to spare (green).</summary>
    Low,

    /// <summary>Half full or more (yellow).</summary>
    Half,

    /// <summary>At the collection threshold or more (orange).</summary>
    High,

    /// <summary>Full to the rim (red).</summary>
    Full,
}
