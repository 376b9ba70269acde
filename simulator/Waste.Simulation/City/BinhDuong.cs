namespace Waste.Simulation.City;

/// <summary>
/// The places of the virtual Binh Duong: real wards of Thu Dau Mot, Di An, Thuan An, Ben Cat and Tan Uyen, the new
/// city, the VSIP parks and the towns along National Road 13 (approximate WGS84 centres), the depots, and the Nam Binh
/// Duong waste treatment complex at Chanh Phu Hoa. Weights are how many of the city's bins a place gets, roughly by
/// population.
/// </summary>
public static class BinhDuong
{
    /// <summary>Vietnam's time zone (no daylight saving).</summary>
    public static readonly TimeSpan UtcOffset = TimeSpan.FromHours(7);

    /// <summary>The province's bounding box (south, west, north, east), for sanity checks.</summary>
    public static readonly (double South, double West, double North, double East) Bounds = (10.85, 106.45, 11.50, 106.95);

    private static IReadOnlyDictionary<LandUse, double> Mix(double market, double residential, double school, double industrial, double publicSpace) =>
        new Dictionary<LandUse, double>
        {
            [LandUse.Market] = market,
            [LandUse.Residential] = residential,
            [LandUse.School] = school,
            [LandUse.IndustrialPark] = industrial,
            [LandUse.PublicSpace] = publicSpace,
        };

    /// <summary>The wards bins and toilets are placed in.</summary>
    public static readonly IReadOnlyList<Place> Places =
    [
        new("Phú Cường", "Thủ Dầu Một", 10.9800, 106.6520, 0.9, Mix(0.20, 0.50, 0.10, 0.00, 0.20), 1.4),
        new("Hiệp Thành", "Thủ Dầu Một", 10.9930, 106.6620, 1.2, Mix(0.05, 0.70, 0.10, 0.00, 0.15), 1.2),
        new("Phú Hòa", "Thủ Dầu Một", 10.9760, 106.6700, 1.2, Mix(0.08, 0.72, 0.10, 0.00, 0.10), 1.2),
        new("Chánh Nghĩa", "Thủ Dầu Một", 10.9690, 106.6560, 1.0, Mix(0.08, 0.70, 0.10, 0.00, 0.12), 1.0),
        new("Hòa Phú", "Thủ Dầu Một", 11.0550, 106.6750, 1.8, Mix(0.05, 0.55, 0.10, 0.10, 0.20), 1.0),
        new("Phú Tân", "Thủ Dầu Một", 11.0650, 106.6900, 1.8, Mix(0.00, 0.25, 0.05, 0.65, 0.05), 0.9),
        new("Dĩ An", "Dĩ An", 10.9050, 106.7690, 1.3, Mix(0.12, 0.65, 0.10, 0.00, 0.13), 1.3),
        new("Đông Hòa", "Dĩ An", 10.8930, 106.7830, 1.3, Mix(0.05, 0.70, 0.15, 0.00, 0.10), 1.0),
        new("Tân Đông Hiệp", "Dĩ An", 10.9200, 106.7500, 1.3, Mix(0.05, 0.40, 0.05, 0.45, 0.05), 0.9),
        new("Lái Thiêu", "Thuận An", 10.9060, 106.7030, 1.1, Mix(0.15, 0.62, 0.10, 0.00, 0.13), 1.2),
        new("Bình Hòa", "Thuận An", 10.9250, 106.7160, 1.5, Mix(0.03, 0.32, 0.05, 0.55, 0.05), 1.0),
        new("An Phú", "Thuận An", 10.9450, 106.7380, 1.3, Mix(0.05, 0.70, 0.10, 0.05, 0.10), 0.9),
        new("Mỹ Phước", "Bến Cát", 11.1300, 106.6000, 1.6, Mix(0.08, 0.40, 0.07, 0.40, 0.05), 1.0),
        new("Chánh Phú Hòa", "Bến Cát", 11.1500, 106.5950, 1.4, Mix(0.05, 0.60, 0.10, 0.15, 0.10), 0.6),
        new("Uyên Hưng", "Tân Uyên", 11.0560, 106.7970, 1.3, Mix(0.10, 0.65, 0.10, 0.05, 0.10), 0.8),
        new("Khánh Bình", "Tân Uyên", 11.0300, 106.7550, 1.4, Mix(0.05, 0.45, 0.05, 0.40, 0.05), 0.6),
    ];

    /// <summary>The depots trucks start from: one per city.</summary>
    public static readonly IReadOnlyList<(string Id, string Name, double Latitude, double Longitude)> Depots =
    [
        ("thu-dau-mot", "Thủ Dầu Một depot", 11.0000, 106.6600),
        ("di-an", "Dĩ An depot", 10.9100, 106.7600),
        ("thuan-an", "Thuận An depot", 10.9250, 106.7050),
        ("ben-cat", "Bến Cát depot", 11.1200, 106.6100),
        ("tan-uyen", "Tân Uyên depot", 11.0500, 106.7800),
    ];

    /// <summary>The Nam Binh Duong solid waste treatment complex (Chanh Phu Hoa, Ben Cat): where the trucks unload.</summary>
    public static readonly (string Id, string Name, double Latitude, double Longitude) DisposalSite =
        ("nam-binh-duong", "Khu liên hợp xử lý chất thải Nam Bình Dương", 11.1290, 106.5830);
}
