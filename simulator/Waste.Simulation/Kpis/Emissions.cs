namespace Waste.Simulation.Kpis;

/// <summary>CO2 from diesel: 2.68 kg per litre burnt (the IPCC 2006 default for diesel, 74,100 kg CO2/TJ, at
/// 43 MJ/kg and 0.84 kg/L; the README gives the source). Fuel per km is each truck kind's (<see cref="Trucks.TruckModel"/>).</summary>
public static class Emissions
{
    /// <summary>kg CO2 per litre of diesel.</summary>
    public const double KgCo2PerLitreDiesel = 2.68;

    /// <summary>kg CO2 for <paramref name="litres"/> of diesel.</summary>
    public static double Co2Kg(double litres) => litres * KgCo2PerLitreDiesel;
}
