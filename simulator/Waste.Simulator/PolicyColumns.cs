using Spectre.Console;
using Waste.Simulation.Kpis;

namespace Waste.Simulator;

/// <summary>The form the run's comparison tables share: a first column naming the row, then one column per policy.</summary>
public static class PolicyColumns
{
    /// <summary>An empty table titled <paramref name="title"/> with the column <paramref name="first"/> and one per policy of <paramref name="results"/>.</summary>
    public static Table Table(string title, string first, IReadOnlyList<PolicyKpis> results)
    {
        var table = new Table().Title(title).AddColumn(first);
        foreach (var r in results)
        {
            table.AddColumn(new TableColumn(r.Policy.ToString()).RightAligned());
        }

        return table;
    }
}
