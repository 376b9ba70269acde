using Waste.Forecasting;

namespace Waste.Forecasting.Tests;

/// <summary>A bin whose truth the test knows: it fills at a rate that depends on the local hour, read every
/// <c>step</c> with gaussian sensor noise, and is emptied when it passes a level.</summary>
internal sealed class SyntheticBin(Func<int, double> pointsPerHourAtLocalHour, double noise, int seed)
{
    private static readonly TimeSpan Vietnam = TimeSpan.FromHours(7);
    private readonly Random _random = new(seed);

    public static DateTimeOffset Start { get; } = new(2026, 3, 2, 0, 0, 0, TimeSpan.Zero);

    public List<Collection> Emptyings { get; } = [];

    public IEnumerable<(FillObservation Reading, double Truth)> Readings(TimeSpan step, TimeSpan duration, double emptyAt = 101)
    {
        var fill = 5.0;
        for (var time = Start; time < Start + duration; time += step)
        {
            if (fill >= emptyAt)
            {
                Emptyings.Add(new Collection(time, fill, 2));
                fill = 2;
            }

            yield return (new FillObservation(time, Math.Clamp(fill + Gaussian() * noise, 0, 100)), fill);
            var hour = time.ToOffset(Vietnam).Hour;
            fill = Math.Min(100, fill + pointsPerHourAtLocalHour(hour) * step.TotalHours);
        }
    }

    private double Gaussian() =>
        Math.Sqrt(-2 * Math.Log(1 - _random.NextDouble())) * Math.Cos(2 * Math.PI * _random.NextDouble());
}
