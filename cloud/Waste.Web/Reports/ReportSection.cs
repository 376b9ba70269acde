namespace Waste.Web.Reports;

/// <summary>The parts of DONRE's report, each a table of its own on the page (the area's name heads both).</summary>
public enum ReportSection
{
    /// <summary>The district and ward a row is about.</summary>
    Area,

    /// <summary>The waste collected: volumes and estimated masses by stream, sorting rates.</summary>
    Waste,

    /// <summary>The service given: collections, overflows, toilets, faults.</summary>
    Service,
}
