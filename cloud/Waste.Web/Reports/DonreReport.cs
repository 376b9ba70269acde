namespace Waste.Web.Reports;

/// <summary>DONRE's report for a period: a row per ward or district, and the city's total.</summary>
public sealed record DonreReport(ReportPeriod Period, ReportArea Area, IReadOnlyList<AreaFigures> Rows, AreaFigures Total);
