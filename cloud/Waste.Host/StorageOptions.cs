namespace Waste.Host;

/// <summary>Where the host keeps its files: grain state, the device registry.</summary>
public sealed class StorageOptions
{
    /// <summary>Configuration section name.</summary>
    public const string Section = "Storage";

    /// <summary>Folder for the host's data; created when missing.</summary>
    public string DataDirectory { get; set; } = ".data";

    /// <summary>The grain state database file.</summary>
    public string GrainDatabasePath => Path.Combine(DataDirectory, "grains.db");

    /// <summary>The report store's database file, when reports are kept in SQLite.</summary>
    public string ReportDatabasePath => Path.Combine(DataDirectory, "reports.db");

    /// <summary>The Azure IoT Hub reader's checkpoints, when they are kept in SQLite.</summary>
    public string CheckpointDatabasePath => Path.Combine(DataDirectory, "checkpoints.db");
}
