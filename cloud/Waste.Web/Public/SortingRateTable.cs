namespace Waste.Web.Public;

/// <summary>The sorting rates of every ward and district and of the province, for two months (codes like <c>2026-11</c>).</summary>
public sealed record SortingRateTable(
    string ThisMonth, string LastMonth, IReadOnlyList<AreaSortingRate> Wards, IReadOnlyList<AreaSortingRate> Districts, AreaSortingRate Province)
{
    /// <summary>A ward's rates, or null.</summary>
    public AreaSortingRate? Ward(string district, string ward) =>
        Wards.FirstOrDefault(w => string.Equals(w.District, district, StringComparison.OrdinalIgnoreCase) && string.Equals(w.Ward, ward, StringComparison.OrdinalIgnoreCase));

    /// <summary>A district's rates, or null.</summary>
    public AreaSortingRate? District(string district) =>
        Districts.FirstOrDefault(d => string.Equals(d.District, district, StringComparison.OrdinalIgnoreCase));
}
