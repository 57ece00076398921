using System.Diagnostics;
using System.Globalization;

namespace Xueshi.Testing;

/// <summary>
/// The test runner kills a finished test host about 100 ms after asking it to exit, before ProcessExit
/// handlers can stop a server, and a cancelled or crashed run runs none; the server, detached by pg_ctl,
/// would outlive it. A detached shell, deaf to the signals a terminal or runner sends the group, waits
/// for this process to end, then stops the server and deletes its folder.
/// </summary>
internal static class ThrowawayClusterWatchdog
{
    private const string Script =
        """
        trap '' HUP INT TERM
        (
          while kill -0 "$1" 2>/dev/null; do sleep 1; done
          pm=$(head -n 1 "$2/pgdata/postmaster.pid" 2>/dev/null)
          if [ -n "$pm" ]; then
            kill -INT "$pm" 2>/dev/null
            i=0
            while kill -0 "$pm" 2>/dev/null && [ "$i" -lt 30 ]; do sleep 1; i=$((i+1)); done
            kill -QUIT "$pm" 2>/dev/null
          fi
          rm -rf "$2"
        ) </dev/null >/dev/null 2>&1 &
        """;

    public static void Start(string directory)
    {
        if (OperatingSystem.IsWindows() || !File.Exists("/bin/sh"))
        {
            return;
        }

        var startInfo = new ProcessStartInfo("/bin/sh") { UseShellExecute = false };
        foreach (var argument in new[] { "-c", Script, "xueshi-tests-watchdog", Environment.ProcessId.ToString(CultureInfo.InvariantCulture), directory })
        {
            startInfo.ArgumentList.Add(argument);
        }

        using var shell = Process.Start(startInfo);
        shell?.WaitForExit();
    }
}
