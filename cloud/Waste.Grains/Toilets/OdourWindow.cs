namespace Waste.Grains.Toilets;

/// <summary>Whether each of the last n readings smelled: odour is an alert only when k of them did, so one puff of
/// ammonia from a cleaning product does not call maintenance.</summary>
[GenerateSerializer]
public sealed class OdourWindow
{
    [Id(0)] private List<bool> _recent = [];

    /// <summary>Adds a reading's verdict; returns how many of the last <paramref name="window"/> were over.</summary>
    public int Add(bool over, int window)
    {
        _recent.Add(over);
        if (_recent.Count > window)
        {
            _recent.RemoveRange(0, _recent.Count - window);
        }

        return _recent.Count(r => r);
    }
}
