using Waste.Firmware.Core.Sensors;

namespace Waste.Firmware.Core.Inputs;

/// <summary>
/// A digital input that changes state only once its raw level has held for <see cref="DebounceMilliseconds"/>: a
/// door reed bounces for a few milliseconds, a PIR output chatters, a leak probe flickers as water spreads.
/// </summary>
public sealed class DebouncedInput
{
    private readonly IDigitalInput _input;
    private bool _candidate;
    private long _candidateSince;

    /// <summary>Creates a debounced view of <paramref name="input"/>, inactive until it proves otherwise.</summary>
    public DebouncedInput(IDigitalInput input, long debounceMilliseconds)
    {
        if (debounceMilliseconds < 0)
        {
            throw new System.ArgumentOutOfRangeException(nameof(debounceMilliseconds));
        }

        _input = input;
        DebounceMilliseconds = debounceMilliseconds;
    }

    /// <summary>How long a raw level must hold to count.</summary>
    public long DebounceMilliseconds { get; }

    /// <summary>The debounced state.</summary>
    public bool IsActive { get; private set; }

    /// <summary>True while the raw level differs from <see cref="IsActive"/> and has not yet held long enough.</summary>
    public bool IsSettling => _candidate != IsActive;

    /// <summary>When a settling level will have held long enough, milliseconds since power-on.</summary>
    public long SettlesAt => _candidateSince + DebounceMilliseconds;

    /// <summary>Reads the input at <paramref name="nowMilliseconds"/>; returns true when the debounced state changed.</summary>
    public bool Poll(long nowMilliseconds)
    {
        var raw = _input.IsActive();
        if (raw != _candidate)
        {
            _candidate = raw;
            _candidateSince = nowMilliseconds;
        }

        if (_candidate != IsActive && nowMilliseconds - _candidateSince >= DebounceMilliseconds)
        {
            IsActive = _candidate;
            return true;
        }

        return false;
    }
}
