namespace Waste.Grains.Alerts;

/// <summary>The alert after a person's action on it, or why the action was refused.</summary>
[GenerateSerializer, Immutable]
public sealed record AlertUpdate
{
    /// <summary>The alert as it now stands, when the action was taken.</summary>
    [Id(0)] public Alert? Alert { get; init; }

    /// <summary>Why the action was refused.</summary>
    [Id(1)] public AlertUpdateError? Error { get; init; }

    /// <summary>An action taken.</summary>
    public static AlertUpdate Done(Alert alert) => new() { Alert = alert };

    /// <summary>An action refused.</summary>
    public static AlertUpdate Refused(AlertUpdateError error) => new() { Error = error };
}

/// <summary>Why an action on an alert was refused.</summary>
public enum AlertUpdateError
{
    /// <summary>No such alert.</summary>
    NotFound,

    /// <summary>Already resolved: it cannot change any more.</summary>
    AlreadyResolved,

    /// <summary>A note longer than <see cref="AlertNote.MaxLength"/>.</summary>
    NoteTooLong,

    /// <summary>The alert holds <see cref="AlertNote.MaxPerAlert"/> notes already.</summary>
    TooManyNotes,
}
