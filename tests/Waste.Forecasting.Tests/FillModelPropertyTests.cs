using CsCheck;
using Waste.Forecasting;

namespace Waste.Forecasting.Tests;

public class FillModelPropertyTests
{
    private static readonly FillModelSettings Settings = FillModelSettings.Default;

    // 0: a reading, 1: a reported emptying, 2: the readings distrusted since a while ago.
    private static readonly Gen<(int Kind, double Hours, double Fill, double After)> Step =
        Gen.Select(Gen.Int[0, 2], Gen.Double[-2, 30], Gen.Double[0, 100], Gen.Double[0, 30]);

    [Fact]
    public void Any_mix_of_readings_emptyings_and_distrust_gives_a_projection_inside_its_band_and_0_to_100()
    {
        Step.Array[1, 80].Sample(steps =>
        {
            var model = new FillModel();
            var time = SyntheticBin.Start;
            foreach (var (kind, hours, fill, after) in steps)
            {
                time = time.AddHours(hours);
                switch (kind)
                {
                    case 0:
                        model.Observe(new FillObservation(time, fill), RatePrior.CityDefault, Settings);
                        break;
                    case 1:
                        model.Emptied(new Collection(time, fill, after), RatePrior.CityDefault);
                        break;
                    default:
                        model.Distrust(time.AddHours(-hours));
                        break;
                }

                if (model.LevelTime is { } from)
                {
                    var projection = FillForecaster.Project(model, RatePrior.CityDefault, Settings, from.AddHours(72));
                    Assert.All(projection.Points, p =>
                    {
                        Assert.True(double.IsFinite(p.Expected) && double.IsFinite(p.Low) && double.IsFinite(p.High));
                        Assert.InRange(p.Low, 0, p.Expected + 1e-9);
                        Assert.InRange(p.High, p.Expected - 1e-9, 100);
                    });
                }
            }
        }, iter: 300);
    }
}
