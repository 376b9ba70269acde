using MathNet.Numerics.Distributions;

namespace Waste.Forecasting;

/// <summary>
/// A bin's emptying cycles: at each emptying, how much it rose since the one before and in how many hours. The line
/// <c>rise = start + rate × hours</c> is fitted by weighted least squares, recent cycles weighing more (each new cycle
/// keeps <see cref="Retention"/> of the past, so a bin that speeds up for a festival is followed within a few
/// cycles), and shrunk towards a prior (its ward's pooled cycles, or a city default) by pseudo-cycles that follow the
/// prior's line, so a bin with two cycles leans on its ward and one with twenty on itself. A rise the bin could not
/// show (a fill at the 100 cap) is a lower bound: the fit is a censored regression (Tobit, by expectation-maximisation),
/// each such cycle counted as the rise a normal error around the line expects beyond the cap, never as the capped
/// value. The errors of the forecasts made before each cycle are kept for the band. A ward's cycles are its bins' cycles.
/// </summary>
[GenerateSerializer]
public sealed class FillCycles
{
    /// <summary>How much of the past each new cycle keeps: about the last ten cycles count.</summary>
    public const double Retention = 0.9;

    /// <summary>Cycles kept: older ones weigh under an eighth of the newest.</summary>
    public const int Kept = 20;

    /// <summary>Pseudo-cycles a bin's line borrows from its prior's.</summary>
    public const double BinShrinkage = 1;

    /// <summary>Pseudo-cycles a ward's pooled line borrows from the city's.</summary>
    public const double WardShrinkage = 2;

    // Pseudo-cycles behind the prior's spread and its error, for the residual variance and the band.
    private const double VarianceShrinkage = 3, ErrorShrinkage = 3;

    // Rounds of expectation-maximisation for censored cycles: each moves the imputed rises by less than a point after
    // the third on the data seen.
    private const int CensoredRounds = 5;

    /// <summary>The kept cycles, newest last.</summary>
    [Id(0)] private List<EmptyingCycle> _cycles = [];

    [Id(1)] private double _errorWeight;
    [Id(2)] private double _absoluteError;

    /// <summary>Whether any cycle was learnt.</summary>
    public bool Any => _cycles.Count > 0;

    /// <summary>Cycles learnt, after forgetting.</summary>
    public double Count => _cycles.Select((_, i) => Weight(i)).Sum();

    /// <summary>Learns a cycle of <paramref name="hours"/> in which the bin rose by <paramref name="rise"/> points, of
    /// at most <paramref name="highestRise"/> it could show (a rise at that cap is censored). The forecast the estimate
    /// would have made is scored first, for the band.</summary>
    public void Learn(double hours, double rise, double highestRise, CycleEstimate prior)
    {
        if (!(hours > 0) || !double.IsFinite(rise) || !double.IsFinite(highestRise))
        {
            return;
        }

        var expected = Estimate(prior, BinShrinkage).Rise(hours);
        var seen = Math.Min(rise, highestRise);
        _errorWeight = _errorWeight * Retention + 1;
        _absoluteError = _absoluteError * Retention + Math.Abs(Math.Clamp(expected, 0, highestRise) - seen);
        _cycles.Add(new EmptyingCycle((float)hours, (float)seen, rise >= highestRise - 1e-9));
        if (_cycles.Count > Kept)
        {
            _cycles.RemoveAt(0);
        }
    }

    /// <summary>The line these cycles draw, shrunk towards <paramref name="prior"/> by <paramref name="shrinkage"/>
    /// pseudo-cycles.</summary>
    public CycleEstimate Estimate(CycleEstimate prior, double shrinkage) =>
        Fit([new Sums(this)], prior, shrinkage, _errorWeight, _absoluteError);

    /// <summary>What the cycles of several bins say together, shrunk towards <paramref name="prior"/>: a ward's line
    /// and band.</summary>
    public static CycleEstimate Pool(IReadOnlyCollection<FillCycles> bins, CycleEstimate prior, double shrinkage) =>
        Fit([.. bins.Where(b => b._cycles.Count > 0).Select(b => new Sums(b))], prior, shrinkage, bins.Sum(b => b._errorWeight), bins.Sum(b => b._absoluteError));

    private double Weight(int index) => Math.Pow(Retention, _cycles.Count - 1 - index);

    private static CycleEstimate Fit(IReadOnlyList<Sums> bins, CycleEstimate prior, double shrinkage, double errorWeight, double absoluteError)
    {
        // Censored cycles start left out (the line of the rises seen in full), then come in at what it expects of them.
        var censored = bins.Any(b => b.Censored);
        var estimate = Line(bins, prior, shrinkage, errorWeight, absoluteError, withCensored: !censored);
        for (var round = 0; round < CensoredRounds && censored; round++)
        {
            foreach (var bin in bins)
            {
                bin.Impute(estimate);
            }

            estimate = Line(bins, prior, shrinkage, errorWeight, absoluteError);
        }

        return estimate;
    }

    private static CycleEstimate Line(IReadOnlyList<Sums> bins, CycleEstimate prior, double shrinkage, double errorWeight, double absoluteError, bool withCensored = true)
    {
        var (ownWeight, ownHours, ownSquareHours, ownRise, ownHoursRise, ownSquareRise) = (0.0, 0.0, 0.0, 0.0, 0.0, 0.0);
        foreach (var bin in bins)
        {
            bin.Add(withCensored, ref ownWeight, ref ownHours, ref ownSquareHours, ref ownRise, ref ownHoursRise, ref ownSquareRise);
        }

        var weight = ownWeight + shrinkage;
        var hours = ownHours + shrinkage * prior.MeanHours;
        var squareHours = ownSquareHours + shrinkage * prior.MeanSquareHours;
        var rise = ownRise + shrinkage * prior.Rise(prior.MeanHours);
        var hoursRise = ownHoursRise + shrinkage * (prior.Start * prior.MeanHours + prior.PointsPerHour * prior.MeanSquareHours);
        var determinant = weight * squareHours - hours * hours;
        if (ownWeight <= 0 || determinant <= 1e-9 * weight * squareHours)
        {
            return prior;
        }

        var rate = (weight * hoursRise - hours * rise) / determinant;
        var start = (rise - rate * hours) / weight;
        var ownSquares = ownSquareRise - 2 * start * ownRise - 2 * rate * ownHoursRise
            + start * start * ownWeight + 2 * start * rate * ownHours + rate * rate * ownSquareHours;
        return new CycleEstimate
        {
            Start = start,
            PointsPerHour = rate,
            Variance = (Math.Max(0, ownSquares) + VarianceShrinkage * prior.Variance) / (ownWeight + VarianceShrinkage),
            MeanHours = hours / weight,
            MeanSquareHours = squareHours / weight,
            StartStart = squareHours / determinant,
            StartRate = -hours / determinant,
            RateRate = weight / determinant,
            MeanAbsoluteError = (absoluteError + ErrorShrinkage * prior.MeanAbsoluteError) / (errorWeight + ErrorShrinkage),
            Cycles = ownWeight,
        };
    }

    // One bin's cycles as the fit sees them: weights, and rises with the censored ones imputed.
    private sealed class Sums
    {
        private readonly List<EmptyingCycle> _cycles;
        private readonly double[] _weights;
        private readonly double[] _rises;

        public Sums(FillCycles bin)
        {
            _cycles = bin._cycles;
            _weights = [.. _cycles.Select((_, i) => bin.Weight(i))];
            _rises = [.. _cycles.Select(c => c.Rise)];
            Censored = _cycles.Any(c => c.Censored);
        }

        public bool Censored { get; }

        public void Impute(CycleEstimate line)
        {
            for (var i = 0; i < _cycles.Count; i++)
            {
                if (_cycles[i].Censored)
                {
                    _rises[i] = BeyondCap(line.Rise(_cycles[i].Hours), Math.Sqrt(line.Variance), _cycles[i].Rise);
                }
            }
        }

        public void Add(bool withCensored, ref double weight, ref double hours, ref double squareHours, ref double rise, ref double hoursRise, ref double squareRise)
        {
            for (var i = 0; i < _cycles.Count; i++)
            {
                if (_cycles[i].Censored && !withCensored)
                {
                    continue;
                }

                var (w, h, y) = (_weights[i], _cycles[i].Hours, _rises[i]);
                weight += w;
                hours += w * h;
                squareHours += w * h * h;
                rise += w * y;
                hoursRise += w * h * y;
                squareRise += w * y * y;
            }
        }
    }

    // The mean of a normal(expected, spread) beyond the cap: expected + spread × the inverse Mills ratio.
    private static double BeyondCap(double expected, double spread, double cap)
    {
        if (!(spread > 0))
        {
            return Math.Max(expected, cap);
        }

        var z = (cap - expected) / spread;
        var tail = 1 - Normal.CDF(0, 1, z);
        var mills = z > 8 || tail <= 0 ? z + 1 / z : Normal.PDF(0, 1, z) / tail;
        return Math.Max(cap, expected + spread * mills);
    }
}
