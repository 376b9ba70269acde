namespace Waste.Forecasting;

/// <summary>
/// How far a bin's own readings bear out its forecasts a day ahead, learnt as they come: the change a day later is
/// regressed on the rise the rates expected and on the last reading's departure from the level, so the forecast
/// becomes <c>level + SurpriseWeight × departure + RiseWeight × rise</c>. A bin that fills as its rates say keeps
/// weights near (0, 1), the model's own forecast; a bin whose readings wander around a level without filling
/// (a sensor that sees noise, a bin nobody uses) drifts towards persistence, the last reading and no rise. The same
/// scores calibrate the band: the ratio of the errors made to the spread the model gave them. Shrunk towards its
/// ward's pooled scores (or the model as it is) by <see cref="PriorScores"/> pseudo-scores; recent scores weigh more.
/// </summary>
[GenerateSerializer]
public sealed class ForecastSkill
{
    /// <summary>How far ahead a forecast is scored.</summary>
    public static readonly TimeSpan Lag = TimeSpan.FromHours(24);

    /// <summary>Forecasts waiting at once: one is made every <see cref="Lag"/> / this, so a bin read hourly is scored
    /// four times a day.</summary>
    public const int Pending = 4;

    /// <summary>How much of the past each new score keeps: about the last two weeks count.</summary>
    public const double Retention = 0.98;

    /// <summary>Pseudo-scores that agree with the model, before the bin's own.</summary>
    public const double PriorScores = 4;

    // A score arriving this late (the bin was silent) says little about a day ahead.
    private const double LatestScore = 1.5;

    // A normal error's mean absolute value is 0.8 of its deviation.
    private const double NormalMeanAbsolute = 0.8;

    [Id(0)] private List<SkillCheck> _checks = [];
    [Id(1)] private double _weight;
    [Id(2)] private double _riseRise;
    [Id(3)] private double _riseSurprise;
    [Id(4)] private double _surpriseSurprise;
    [Id(5)] private double _riseChange;
    [Id(6)] private double _surpriseChange;
    [Id(7)] private double _relativeError;

    /// <summary>Forecasts scored, after forgetting.</summary>
    public double Scores => _weight;

    /// <summary>The weights and the band's scale these scores give, shrunk towards <paramref name="prior"/> (the
    /// ward's, or the model as it is) by <see cref="PriorScores"/> pseudo-scores.</summary>
    public SkillEstimate Estimate(SkillEstimate prior)
    {
        if (_weight <= 0)
        {
            return prior;
        }

        // Normal equations with pseudo-scores at the prior's weights, scaled like the bin's own regressors.
        var riseScale = Math.Max(1, _riseRise / _weight) * PriorScores;
        var surpriseScale = Math.Max(1, _surpriseSurprise / _weight) * PriorScores;
        var (a, b, d) = (_riseRise + riseScale, _riseSurprise, _surpriseSurprise + surpriseScale);
        var (e, f) = (_riseChange + riseScale * prior.RiseWeight, _surpriseChange + surpriseScale * prior.SurpriseWeight);
        var determinant = a * d - b * b;
        return new SkillEstimate(
            Math.Clamp((e * d - b * f) / determinant, 0, 1.5),
            Math.Clamp((a * f - b * e) / determinant, 0, 1),
            (_relativeError + PriorScores * NormalMeanAbsolute * prior.SpreadScale) / (_weight + PriorScores) / NormalMeanAbsolute);
    }

    /// <summary>The scores of several bins together: a ward's.</summary>
    public static ForecastSkill Pool(IEnumerable<ForecastSkill> bins)
    {
        var pooled = new ForecastSkill();
        foreach (var bin in bins)
        {
            pooled._weight += bin._weight;
            pooled._riseRise += bin._riseRise;
            pooled._riseSurprise += bin._riseSurprise;
            pooled._surpriseSurprise += bin._surpriseSurprise;
            pooled._riseChange += bin._riseChange;
            pooled._surpriseChange += bin._surpriseChange;
            pooled._relativeError += bin._relativeError;
        }

        return pooled;
    }

    /// <summary>Whether a new forecast should be kept for scoring at <paramref name="time"/>.</summary>
    public bool Wants(DateTimeOffset time) =>
        _checks.Count < Pending && _checks.All(c => time - c.Time >= Lag / Pending);

    /// <summary>Keeps a forecast for scoring.</summary>
    public void Keep(SkillCheck check) => _checks.Add(check);

    /// <summary>Scores the forecasts a day old against <paramref name="reading"/>, as weighted with
    /// <paramref name="prior"/>.</summary>
    public void Score(FillObservation reading, SkillEstimate prior)
    {
        for (var i = _checks.Count - 1; i >= 0; i--)
        {
            var check = _checks[i];
            var age = (reading.Time - check.Time) / Lag;
            if (age < 1)
            {
                continue;
            }

            _checks.RemoveAt(i);
            if (age <= LatestScore)
            {
                Learn(check, age, reading.FillPercent - check.Level, Estimate(prior));
            }
        }
    }

    /// <summary>Drops the forecasts waiting: the bin was emptied or the model started again, and a forecast assumes
    /// nobody empties the bin.</summary>
    public void Forget() => _checks.Clear();

    private void Learn(SkillCheck check, double age, double change, SkillEstimate current)
    {
        var rise = check.Rise * age;
        var error = change - current.RiseWeight * rise - current.SurpriseWeight * check.Surprise;
        var spread = check.Spread * Math.Sqrt(age);
        _weight = _weight * Retention + 1;
        _riseRise = _riseRise * Retention + rise * rise;
        _riseSurprise = _riseSurprise * Retention + rise * check.Surprise;
        _surpriseSurprise = _surpriseSurprise * Retention + check.Surprise * check.Surprise;
        _riseChange = _riseChange * Retention + rise * change;
        _surpriseChange = _surpriseChange * Retention + check.Surprise * change;
        _relativeError = _relativeError * Retention + (spread > 0 ? Math.Min(10, Math.Abs(error) / spread) : NormalMeanAbsolute);
    }
}
