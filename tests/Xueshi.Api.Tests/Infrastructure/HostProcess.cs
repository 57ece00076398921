using System.Diagnostics;
using System.Net;
using System.Net.Http.Json;

namespace Xueshi.Api.Tests.Infrastructure;

/// <summary>
/// The real Host in a process of its own (Development, on a given database and port), so that a test
/// can kill it with SIGKILL, as a crash or an OOM killer would, and start it again.
/// </summary>
internal sealed class HostProcess : IDisposable
{
    private readonly Process _process;

    private HostProcess(Process process, int port)
    {
        _process = process;
        Client = new HttpClient { BaseAddress = new Uri($"http://127.0.0.1:{port}"), Timeout = TimeSpan.FromSeconds(30) };
    }

    public HttpClient Client { get; }

    /// <param name="clock">The test's clock: the process's own test clock is set to it once ready, so both agree on now.</param>
    public static async Task<HostProcess> StartAsync(string connectionString, int port, TimeProvider? clock = null)
    {
        var info = new ProcessStartInfo("dotnet")
        {
            // The content root (appsettings, the development signing key) is the Host's project directory.
            WorkingDirectory = Path.Combine(TestRepository.Root, "src", "Host"),
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
        };
        info.ArgumentList.Add(Path.Combine(AppContext.BaseDirectory, "Xueshi.Host.dll"));
        info.ArgumentList.Add("--urls");
        info.ArgumentList.Add($"http://127.0.0.1:{port}");
        info.Environment["ASPNETCORE_ENVIRONMENT"] = "Development";
        info.Environment["ConnectionStrings__Xueshi"] = connectionString;
        info.Environment["Xueshi__DemoData"] = "false";
        info.Environment["Xueshi__RateLimits__HeartbeatBurstPerPlayback"] = "100000";
        info.Environment["Xueshi__RateLimits__HeartbeatsPerPlaybackPerRefill"] = "100000";
        info.Environment["Logging__LogLevel__Default"] = "Warning";
        var process = Process.Start(info) ?? throw new InvalidOperationException("dotnet did not start.");
        process.OutputDataReceived += (_, _) => { };
        process.ErrorDataReceived += (_, _) => { };
        process.BeginOutputReadLine();
        process.BeginErrorReadLine();
        var host = new HostProcess(process, port);
        for (var attempt = 0; attempt < 240; attempt++)
        {
            try
            {
                if ((await host.Client.GetAsync(new Uri("/health/ready", UriKind.Relative))).StatusCode == HttpStatusCode.OK)
                {
                    if (clock is not null)
                    {
                        using var set = await host.Client.PutAsJsonAsync(new Uri("/api/v1/dev/clock", UriKind.Relative), new { at = clock.GetUtcNow() });
                        set.EnsureSuccessStatusCode();
                    }

                    return host;
                }
            }
            catch (HttpRequestException)
            {
                // Not listening yet.
            }

            if (process.HasExited)
            {
                break;
            }

            await Task.Delay(250);
        }

        host.Dispose();
        throw new InvalidOperationException("The Host process did not become ready.");
    }

    /// <summary>SIGKILL: no shutdown hooks, no draining, nothing flushed.</summary>
    public void Kill()
    {
        if (!_process.HasExited)
        {
            _process.Kill(entireProcessTree: true);
            _process.WaitForExit();
        }
    }

    public void Dispose()
    {
        Kill();
        Client.Dispose();
        _process.Dispose();
    }

    /// <summary>A port nobody listens on now (the OS picks it), so parallel runs do not collide.</summary>
    public static int FreePort()
    {
        using var listener = new System.Net.Sockets.TcpListener(System.Net.IPAddress.Loopback, 0);
        listener.Start();
        return ((System.Net.IPEndPoint)listener.LocalEndpoint).Port;
    }
}
