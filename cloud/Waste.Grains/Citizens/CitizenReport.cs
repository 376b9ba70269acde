namespace Waste.Grains.Citizens;

/// <summary>One citizen's report on a device, as the device's report grain keeps it.</summary>
[GenerateSerializer, Immutable]
public sealed record CitizenReport
{
    /// <summary>The report's secret: with the device's public code, the reporter's link to follow it.</summary>
    [Id(0)] public required string Token { get; init; }

    /// <summary>What is wrong.</summary>
    [Id(1)] public required ProblemCategory Category { get; init; }

    /// <summary>The citizen's words, if any (checked and capped by the web app).</summary>
    [Id(2)] public string? Comment { get; init; }

    /// <summary>Whether a photo came with it (stored by the web app under the token, stripped of metadata).</summary>
    [Id(3)] public bool HasPhoto { get; init; }

    /// <summary>When it arrived (event time).</summary>
    [Id(4)] public required DateTimeOffset At { get; init; }

    /// <summary>The alert it joined or raised.</summary>
    [Id(5)] public required string AlertId { get; init; }
}
