namespace Waste.Grains.Devices;

/// <summary>A device grain that notices its device's silence on the event clock.</summary>
public interface IWatchedDevice : IGrainWithStringKey
{
    /// <summary>Activates the grain so it watches again (after a silo start); does nothing else.</summary>
    Task Wake();

    /// <summary>Called by the grain's own event-time timer: raises the offline alert if the silence has lasted.</summary>
    Task CheckSilence();
}
