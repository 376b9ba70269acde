namespace Waste.Firmware.Core.Toilets;

/// <summary>
/// A cubicle's occupancy from its door reed switch and PIR motion sensor, both already debounced. Occupied: the door
/// is shut and someone moved inside since it shut (a door pulled shut from outside stays vacant). It stays occupied
/// while the door is shut, even without motion (someone sitting still, or someone who collapsed: the stuck-occupied
/// alarm exists for that), and a visit ends when the door opens. Counts visits and occupied seconds since the last
/// reading, and how long the present visit has lasted.
/// </summary>
public sealed class OccupancyTracker
{
    private long _occupiedSinceMilliseconds;
    private long _countedUpToMilliseconds;
    private long _occupiedMilliseconds;

    /// <summary>True while occupied.</summary>
    public bool IsOccupied { get; private set; }

    /// <summary>Visits that ended since the last <see cref="TakeCounts"/>.</summary>
    public long Visits { get; private set; }

    /// <summary>Updates from the debounced inputs at <paramref name="nowMilliseconds"/>.</summary>
    public void Update(bool doorShut, bool motion, long nowMilliseconds)
    {
        if (IsOccupied && !doorShut)
        {
            Accumulate(nowMilliseconds);
            IsOccupied = false;
            Visits++;
        }
        else if (!IsOccupied && doorShut && motion)
        {
            IsOccupied = true;
            _occupiedSinceMilliseconds = nowMilliseconds;
            _countedUpToMilliseconds = nowMilliseconds;
        }
    }

    /// <summary>How long the present visit has lasted, milliseconds; 0 when vacant.</summary>
    public long OccupiedForMilliseconds(long nowMilliseconds) =>
        IsOccupied ? nowMilliseconds - _occupiedSinceMilliseconds : 0;

    /// <summary>Occupied seconds since the last call, and resets the visit count with them: what a reading reports.</summary>
    public long TakeCounts(long nowMilliseconds, out long visits)
    {
        if (IsOccupied)
        {
            Accumulate(nowMilliseconds);
        }

        visits = Visits;
        Visits = 0;
        var seconds = _occupiedMilliseconds / 1000;
        _occupiedMilliseconds -= seconds * 1000;
        return seconds;
    }

    private void Accumulate(long nowMilliseconds)
    {
        if (nowMilliseconds > _countedUpToMilliseconds)
        {
            _occupiedMilliseconds += nowMilliseconds - _countedUpToMilliseconds;
            _countedUpToMilliseconds = nowMilliseconds;
        }
    }
}
