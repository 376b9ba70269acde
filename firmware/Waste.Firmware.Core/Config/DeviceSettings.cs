using Waste.Firmware.Core.Persistence;
using Waste.Firmware.Core.Text;

namespace Waste.Firmware.Core.Config;

/// <summary>
/// The configuration a node runs on, where it came from, and flash that keeps it across reboots. The cloud's twin is
/// the source: a desired document or patch is applied whole or refused whole, and what happened (the version applied,
/// the last error) is what the node reports back.
/// </summary>
public sealed class DeviceSettings
{
    private readonly IByteStore _flash;

    /// <summary>Loads the configuration that flash kept, or the kind's defaults when there is none or it is garbled.</summary>
    public DeviceSettings(NodeKind kind, IByteStore flash)
    {
        Kind = kind;
        _flash = flash;
        Current = DeviceConfiguration.Defaults(kind);
        AppliedVersion = -1;
        RefusedVersion = -1;
        LastError = "";
        Load();
    }

    /// <summary>The node's kind.</summary>
    public NodeKind Kind { get; }

    /// <summary>The configuration in force.</summary>
    public DeviceConfiguration Current { get; private set; }

    /// <summary>The desired <c>$version</c> in force, -1 before the first.</summary>
    public long AppliedVersion { get; private set; }

    /// <summary>The last desired <c>$version</c> refused, -1 if none.</summary>
    public long RefusedVersion { get; private set; }

    /// <summary>Why the last desired properties were refused; empty when they were applied.</summary>
    public string LastError { get; private set; }

    /// <summary>
    /// Applies desired properties: the full desired document of a twin GET (<paramref name="wholeDocument"/>: absent
    /// properties return to their defaults) or a patch (absent ones keep their value). A version already applied or
    /// already refused changes nothing. Returns true when something changed that the node must report.
    /// </summary>
    public bool Apply(JsonValue desired, bool wholeDocument)
    {
        var version = DesiredProperties.VersionOf(desired);
        if (version >= 0 && (version == AppliedVersion || version == RefusedVersion))
        {
            return false;
        }

        var basis = wholeDocument ? DeviceConfiguration.Defaults(Kind) : Current;
        var next = DesiredProperties.Apply(basis, desired, Kind, out var error);
        if (next == null)
        {
            RefusedVersion = version;
            LastError = error;
        }
        else
        {
            Current = next;
            AppliedVersion = version;
            LastError = "";
        }

        Save();
        return true;
    }

    /// <summary>Refuses desired properties that could not even be read (not JSON), keeping the configuration.</summary>
    public void Refuse(string error)
    {
        LastError = error;
        Save();
    }

    private void Load()
    {
        var reader = new ByteReader(_flash.Load());
        var applied = reader.Int64();
        var refused = reader.Int64();
        var error = reader.String();
        var count = reader.Int64();
        if (reader.Failed || count != ConfigurationProperties.All.Length)
        {
            return;
        }

        var values = new double[count];
        for (var i = 0; i < values.Length; i++)
        {
            values[i] = reader.Double();
        }

        var stored = reader.EndedCleanly ? DeviceConfiguration.From(values, out _) : null;
        if (stored == null)
        {
            return;
        }

        Current = stored;
        AppliedVersion = applied;
        RefusedVersion = refused;
        LastError = error;
    }

    private void Save()
    {
        var writer = new ByteWriter().Int64(AppliedVersion).Int64(RefusedVersion).String(LastError);
        var values = Current.Values();
        writer.Int64(values.Length);
        for (var i = 0; i < values.Length; i++)
        {
            writer.Double(values[i]);
        }

        _flash.Save(writer.ToArray());
    }
}
