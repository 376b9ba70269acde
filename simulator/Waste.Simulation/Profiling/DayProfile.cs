namespace Waste.Simulation.Profiling;

/// <summary>Where one simulated day's time went: wall and process CPU by phase, and the devices' own CPU.</summary>
public sealed class DayProfile(DateOnly day)
{
    private static readonly int Phases = Enum.GetValues<ProfilePhase>().Length;

    /// <summary>The local day.</summary>
    public DateOnly Day { get; } = day;

    /// <summary>Wall time by phase.</summary>
    public TimeSpan[] Wall { get; } = new TimeSpan[Phases];

    /// <summary>The process's CPU time by phase (with policies run at once, theirs together).</summary>
    public TimeSpan[] Cpu { get; } = new TimeSpan[Phases];

    /// <summary>CPU time of the device threads: the firmware and its MQTT client calls.</summary>
    public TimeSpan FirmwareCpu { get; set; }

    /// <summary>Bytes the device threads allocated: the firmware and its MQTT client calls.</summary>
    public long FirmwareAllocatedBytes { get; set; }

    /// <summary>Device wakes (a device run up to a step's end, one or more of its events).</summary>
    public long Wakes { get; set; }

    /// <summary>The day's whole wall time, phases and the loop between them.</summary>
    public TimeSpan Total { get; set; }

    /// <summary>The process's CPU time over the whole day.</summary>
    public TimeSpan TotalCpu { get; set; }

    /// <summary>Bytes the process allocated over the day.</summary>
    public long AllocatedBytes { get; set; }

    /// <summary>Time the garbage collector paused the process over the day.</summary>
    public TimeSpan GcPause { get; set; }

    /// <summary>Wall time of <paramref name="phase"/>, <see cref="ProfilePhase.Trucks"/> net of the calls to the cloud it
    /// contains.</summary>
    public TimeSpan WallOf(ProfilePhase phase) => Net(Wall, phase);

    /// <summary>CPU time of <paramref name="phase"/>, <see cref="ProfilePhase.Trucks"/> net of the calls to the cloud it
    /// contains.</summary>
    public TimeSpan CpuOf(ProfilePhase phase) => Net(Cpu, phase);

    private static TimeSpan Net(TimeSpan[] times, ProfilePhase phase) => phase == ProfilePhase.Trucks
        ? times[(int)ProfilePhase.Trucks] - times[(int)ProfilePhase.CrewReports] - times[(int)ProfilePhase.RePlans]
        : times[(int)phase];
}
