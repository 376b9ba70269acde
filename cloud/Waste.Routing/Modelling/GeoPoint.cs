namespace Waste.Routing.Modelling;

/// <summary>A place on Earth in WGS 84 degrees.</summary>
public readonly record struct GeoPoint(double Latitude, double Longitude)
{
    /// <summary>Whether both coordinates are finite and within their ranges.</summary>
    public bool IsValid => double.IsFinite(Latitude) && double.IsFinite(Longitude) && Math.Abs(Latitude) <= 90 && Math.Abs(Longitude) <= 180;
}
