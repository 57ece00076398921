using System.Diagnostics;
using System.Net;
using System.Net.Sockets;
using System.Text;

namespace Xueshi.Api.Tests.Infrastructure;

/// <summary>
/// The Host as a real process (the built Xueshi.Host.dll next to the tests), on a test database, so
/// a test can kill it with SIGKILL mid-load and start it again: what an in-process test server cannot show.
/// </summary>
internal sealed class HostProcess : IAsyncDisposable
{
    private readonly Process _process;
    private readonly StringBuilder _log = new();

    private HostProcess(Process process, Uri address)
    {
        _process = process;
        Client = new HttpClient { BaseAddress = address, Timeout = TimeSpan.FromSeconds(30) };
    }

    public HttpClient Client { get; }

    public string Log
    {
        get
        {
            lock (_log)
            {
                return _log.ToString();
            }
        }
    }

    public static async Task<HostProcess> StartAsync(string connectionString, string mediaDirectory)
    {
        var port = FreePort();
        var start = new ProcessStartInfo("dotnet")
        {
            WorkingDirectory = AppContext.BaseDirectory,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
        };
        start.ArgumentList.Add(Path.Combine(AppContext.BaseDirectory, "Xueshi.Host.dll"));
        start.ArgumentList.Add("--urls");
        start.ArgumentList.Add($"http://127.0.0.1:{port}");
        start.Environment["ASPNETCORE_ENVIRONMENT"] = "Development";
        start.Environment["ConnectionStrings__Xueshi"] = connectionString;
        start.Environment["Xueshi__DemoData"] = "false";
        start.Environment["Xueshi__Media__Directory"] = mediaDirectory;
        start.Environment["Xueshi__DataProtection__KeysDirectory"] = Path.Combine(mediaDirectory, "keys");
        start.Environment["Xueshi__RateLimits__HeartbeatsPerPlaybackPerRefill"] = "100000";
        start.Environment["Xueshi__RateLimits__HeartbeatBurstPerPlayback"] = "100000";

        var process = Process.Start(start) ?? throw new InvalidOperationException("The Host did not start.");
        var host = new HostProcess(process, new Uri($"http://127.0.0.1:{port}"));
        process.OutputDataReceived += (_, e) => host.Append(e.Data);
        process.ErrorDataReceived += (_, e) => host.Append(e.Data);
        process.BeginOutputReadLine();
        process.BeginErrorReadLine();

        var deadline = DateTime.UtcNow.AddMinutes(3);
        while (true)
        {
            if (process.HasExited)
            {
                throw new InvalidOperationException($"The Host exited during start:\n{host.Log}");
            }

            try
            {
                using var ready = await host.Client.GetAsync(new Uri("/health/ready", UriKind.Relative));
                if (ready.StatusCode == HttpStatusCode.OK)
                {
                    return host;
                }
            }
            catch (HttpRequestException)
            {
                // Not listening yet.
            }

            if (DateTime.UtcNow > deadline)
            {
                await host.DisposeAsync();
                throw new TimeoutException($"The Host was not ready within 3 minutes:\n{host.Log}");
            }

            await Task.Delay(200);
        }
    }

    /// <summary>SIGKILL: no shutdown, no flushing, nothing in memory survives.</summary>
    public async Task KillAsync()
    {
        _process.Kill(entireProcessTree: true);
        await _process.WaitForExitAsync();
    }

    public async ValueTask DisposeAsync()
    {
        if (!_process.HasExited)
        {
            await KillAsync();
        }

        Client.Dispose();
        _process.Dispose();
    }

    private void Append(string? line)
    {
        if (line is null)
        {
            return;
        }

        lock (_log)
        {
            _log.AppendLine(line);
        }
    }

    private static int FreePort()
    {
        using var listener = new TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        return ((IPEndPoint)listener.LocalEndpoint).Port;
    }
}
