namespace Waste.Hub.External;

/// <summary>
/// Which bridges of the group hold their broker sessions, as their retained statuses say, and so which orphaned
/// sessions this bridge should hold for them. Mosquitto keeps routing a shared subscription's messages to a member
/// whose session is offline, queuing them there; someone must hold that session or those messages wait forever. The
/// first online bridge in ordinal order takes every offline one: every bridge computes the same answer from the same
/// statuses, so exactly one takes each.
/// </summary>
public sealed class BridgeRoster(string self)
{
    private readonly SortedDictionary<string, bool> _online = new(StringComparer.Ordinal);

    /// <summary>Records a bridge's status.</summary>
    public void Set(string bridgeId, bool online) => _online[bridgeId] = online;

    /// <summary>The sessions this bridge should hold for others: every offline bridge's when this one comes first among
    /// those online (itself always counted online), else none.</summary>
    public IReadOnlyList<string> SessionsToHold()
    {
        var first = _online.Where(s => s.Value).Select(s => s.Key).Append(self).Min(StringComparer.Ordinal);
        return first != self ? [] : [.. _online.Where(s => !s.Value && s.Key != self).Select(s => s.Key)];
    }
}
