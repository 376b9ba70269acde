namespace Waste.Simulation.City;

/// <summary>What surrounds a bin: it sets when and how fast the bin fills.</summary>
public enum LandUse
{
    /// <summary>A market: heavy mornings, every day.</summary>
    Market,

    /// <summary>Houses and apartments: mornings and evenings, more at weekends.</summary>
    Residential,

    /// <summary>A school: school hours on weekdays only.</summary>
    School,

    /// <summary>An industrial park: shift changes and meal breaks, quiet on Sundays and at Tet.</summary>
    IndustrialPark,

    /// <summary>A park or public space: daytime, busier in the evening and at weekends.</summary>
    PublicSpace,
}
