namespace Waste.Routing.Modelling;

/// <summary>An amount of waste, or a capacity for it, by volume (litres) and by mass (kilograms).</summary>
public readonly record struct Load(double Litres, double Kilograms)
{
    /// <summary>Whether both amounts are finite and not negative.</summary>
    public bool IsValid => double.IsFinite(Litres) && double.IsFinite(Kilograms) && Litres >= 0 && Kilograms >= 0;

    /// <summary>Whether this load fits within <paramref name="capacity"/> in both measures.</summary>
    public bool FitsIn(Load capacity) => Litres <= capacity.Litres && Kilograms <= capacity.Kilograms;

    /// <summary>The sum of two loads.</summary>
    public static Load operator +(Load a, Load b) => new(a.Litres + b.Litres, a.Kilograms + b.Kilograms);

    /// <summary>The sum of two loads.</summary>
    public static Load Add(Load a, Load b) => a + b;
}
