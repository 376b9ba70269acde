using Serilog;

namespace Waste.Host;

/// <summary>
/// <c>Logging:File:Path</c>: the host's log goes to that file (Serilog's file sink) instead of the console, which is
/// then left to what people read (the demo's accounts, address and progress). The levels and filters of
/// <c>Logging:LogLevel</c> still choose what is written.
/// </summary>
public static class LogFile
{
    /// <summary>The setting.</summary>
    public const string PathKey = "Logging:File:Path";

    /// <summary>Sends the log to the file <see cref="PathKey"/> names, when it names one.</summary>
    public static ILoggingBuilder AddConfiguredLogFile(this ILoggingBuilder logging, IConfiguration configuration)
    {
        if (configuration[PathKey] is not { Length: > 0 } path)
        {
            return logging;
        }

        Directory.CreateDirectory(Path.GetDirectoryName(Path.GetFullPath(path))!);
        logging.ClearProviders();
        logging.AddSerilog(new LoggerConfiguration().MinimumLevel.Verbose().WriteTo.File(path, shared: true).CreateLogger(), dispose: true);
        return logging;
    }
}
