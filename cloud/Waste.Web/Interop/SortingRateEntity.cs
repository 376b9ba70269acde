using System.Text.Json.Nodes;
using Waste.Web.Public;
using Waste.Web.Reports;

namespace Waste.Web.Interop;

/// <summary>A ward's or district's (or the province's) waste-sorting rate for a month as a FIWARE Smart Data Models
/// <c>KeyPerformanceIndicator</c>: <c>kpiValue</c> 0..1 (separated streams over all collected, by volume),
/// <c>calculationPeriod</c>, <c>calculationFrequency</c> monthly, <c>category</c> quantitative, the area in
/// <c>address</c> and <c>wardId</c>.</summary>
public static class SortingRateEntity
{
    /// <summary>The entity type.</summary>
    public const string Type = "KeyPerformanceIndicator";

    /// <summary>The entities of one month's rates (an area without collections has none).</summary>
    public static IEnumerable<JsonObject> Of(IEnumerable<AreaSortingRate> areas, ReportPeriod month)
    {
        foreach (var area in areas)
        {
            if (area.ThisMonth is not { } rate)
            {
                continue;
            }

            var scope = area.District.Length == 0 ? "province" : area.Ward is null ? area.District : $"{area.District}/{area.Ward}";
            var entity = new JsonObject
            {
                ["id"] = NgsiLd.Urn(Type, $"waste-sorting-rate:{Uri.EscapeDataString(scope)}:{month.Code}"),
                ["type"] = Type,
                ["name"] = NgsiLd.Property("Waste sorting rate"),
                ["description"] = NgsiLd.Property("Recyclable, organic and hazardous waste over all waste collected, by volume"),
                ["category"] = NgsiLd.Property(new JsonArray("quantitative")),
                ["kpiValue"] = NgsiLd.Property(Math.Round(rate, 4)),
                ["calculationFrequency"] = NgsiLd.Property("monthly"),
                ["calculationPeriod"] = NgsiLd.Property(new JsonObject
                {
                    ["from"] = month.From.ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture),
                    ["to"] = month.To.ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture),
                }),
            };
            if (area.District.Length > 0)
            {
                entity["address"] = NgsiLd.Property(new JsonObject { ["addressLocality"] = area.District, ["addressCountry"] = "VN" });
            }

            if (area.Ward is { } ward)
            {
                entity["wardId"] = NgsiLd.Property(ward);
            }

            yield return entity;
        }
    }
}
