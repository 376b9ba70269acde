using System.Diagnostics;
using System.Text;
using System.Text.RegularExpressions;

namespace Waste.TestServers;

/// <summary>
/// A server the tests start as a child process and wait for: ready when a line of its output matches, failed with
/// everything it printed when it exits first or takes too long. Disposing kills it.
/// </summary>
public sealed class ServerProcess : IAsyncDisposable
{
    private static readonly TimeSpan StartTimeout = TimeSpan.FromSeconds(60);
    private readonly Process _process;
    private readonly StringBuilder _output = new();
    private int _disposed;

    private ServerProcess(Process process) => _process = process;

    /// <summary>The first capture group of the line that said the server was ready.</summary>
    public string ReadyValue { get; private set; } = "";

    /// <summary>Starts <paramref name="fileName"/> and waits until a line of its output matches <paramref name="ready"/>.</summary>
    public static async Task<ServerProcess> StartAsync(string fileName, IEnumerable<string> arguments, Regex ready, string? workingDirectory = null)
    {
        var info = new ProcessStartInfo(fileName)
        {
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
            WorkingDirectory = workingDirectory ?? Environment.CurrentDirectory,
        };
        foreach (var argument in arguments)
        {
            info.ArgumentList.Add(argument);
        }

        var process = new Process { StartInfo = info, EnableRaisingEvents = true };
        var server = new ServerProcess(process);
        var started = new TaskCompletionSource<string>(TaskCreationOptions.RunContinuationsAsynchronously);
        void OnLine(string? line)
        {
            if (line is null)
            {
                return;
            }

            lock (server._output)
            {
                server._output.AppendLine(line);
            }

            if (ready.Match(line) is { Success: true } match)
            {
                started.TrySetResult(match.Groups.Count > 1 ? match.Groups[1].Value : "");
            }
        }

        process.OutputDataReceived += (_, e) => OnLine(e.Data);
        process.ErrorDataReceived += (_, e) => OnLine(e.Data);
        process.Exited += (_, _) => started.TrySetException(new InvalidOperationException(
            $"{fileName} exited with code {process.ExitCode} before it was ready:\n{server.Output}"));
        process.Start();
        process.BeginOutputReadLine();
        process.BeginErrorReadLine();
        try
        {
            server.ReadyValue = await started.Task.WaitAsync(StartTimeout);
        }
        catch (TimeoutException)
        {
            await server.DisposeAsync();
            throw new InvalidOperationException($"{fileName} was not ready after {StartTimeout}:\n{server.Output}");
        }

        return server;
    }

    /// <summary>Everything the server printed so far.</summary>
    public string Output
    {
        get
        {
            lock (_output)
            {
                return _output.ToString();
            }
        }
    }

    /// <summary>Asks the server to stop (SIGTERM), as a service manager does, and waits until it has; kills it if it
    /// is still running after <paramref name="grace"/>.</summary>
    public async Task TerminateAsync(TimeSpan grace)
    {
        if (!_process.HasExited)
        {
            using var kill = Process.Start(new ProcessStartInfo("kill", ["-TERM", _process.Id.ToString(System.Globalization.CultureInfo.InvariantCulture)]) { UseShellExecute = false })!;
            await kill.WaitForExitAsync();
            using var timeout = new CancellationTokenSource(grace);
            try
            {
                await _process.WaitForExitAsync(timeout.Token);
            }
            catch (OperationCanceledException)
            {
                // Still running: killed below.
            }
        }

        await DisposeAsync();
    }

    /// <summary>Kills the server (SIGKILL: no chance to close anything) and waits for it to exit.</summary>
    public async ValueTask DisposeAsync()
    {
        if (Interlocked.Exchange(ref _disposed, 1) == 1)
        {
            return;
        }

        if (!_process.HasExited)
        {
            _process.Kill(entireProcessTree: true);
        }

        await _process.WaitForExitAsync();
        _process.Dispose();
    }
}
