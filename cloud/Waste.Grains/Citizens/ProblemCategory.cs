namespace Waste.Grains.Citizens;

/// <summary>What a citizen may report about a bin or a toilet from its QR code.</summary>
public enum ProblemCategory
{
    /// <summary>The bin is overflowing (bins only).</summary>
    Overflowing,

    /// <summary>Broken, knocked over, vandalised.</summary>
    Damaged,

    /// <summary>Dirty.</summary>
    Dirty,

    /// <summary>It smells.</summary>
    Smells,

    /// <summary>No paper, soap or water (toilets only).</summary>
    OutOfSupplies,

    /// <summary>Something else, in the citizen's words.</summary>
    Other,
}
