using System.Diagnostics;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;
using Xueshi.Enrollment.DemoData;
using Xueshi.Enrollment.Media.Intake;
using Xueshi.Enrollment.Media.Storage;
using Xueshi.Enrollment.Persistence;

namespace Xueshi.Enrollment.Media.Demo;

/// <summary>
/// The demo catalog's media: four short videos with a title, a running clock and a tone (WebM, VP9 and
/// Opus, which Debian's Chromium plays; about 1.3 MB together), one PDF and one cover image. They are
/// generated with ffmpeg the first time and go through the same intake as an upload (so their
/// durations are ffprobe's). Idempotent: a file already recorded and stored is left alone.
/// </summary>
internal sealed partial class DemoMediaLibrary(
    EnrollmentDbContext db,
    MediaIntake intake,
    IMediaStore store,
    IOptions<MediaOptions> options,
    ILogger<DemoMediaLibrary> logger)
{
    public static readonly DemoMediaIds Ids = new(
        Video1: Guid.Parse("019ac0de-0001-7000-8000-00000000d001"),
        Video2: Guid.Parse("019ac0de-0002-7000-8000-00000000d002"),
        Video3: Guid.Parse("019ac0de-0003-7000-8000-00000000d003"),
        Video4: Guid.Parse("019ac0de-0004-7000-8000-00000000d004"),
        Pdf: Guid.Parse("019ac0de-0005-7000-8000-00000000d005"),
        Cover: Guid.Parse("019ac0de-0006-7000-8000-00000000d006"),
        Lecture: Guid.Parse("019ac0de-0007-7000-8000-00000000d007"));

    /// <summary>45 minutes: one 学时 of study time, to be played in seconds with the test clock.</summary>
    private const int LectureSeconds = 45 * 60;

    private static readonly (Guid Id, string Title, string AsciiTitle, int Seconds, int Frequency)[] Videos =
    [
        (Ids.Video1, "演示视频一  师德师风", "Demo video 1", 24, 440),
        (Ids.Video2, "演示视频二  课堂教学", "Demo video 2", 30, 523),
        (Ids.Video3, "演示视频三  班级管理", "Demo video 3", 36, 587),
        (Ids.Video4, "演示视频四  心理健康教育", "Demo video 4", 42, 659),
    ];

    public async Task<DemoMediaIds> EnsureAsync(CancellationToken cancellationToken)
    {
        foreach (var video in Videos)
        {
            await EnsureOneAsync(video.Id, MediaKind.Video, $"{video.AsciiTitle}.webm",
                path => GenerateVideoAsync(path, video.Title, video.AsciiTitle, video.Seconds, video.Frequency, cancellationToken), cancellationToken);
        }

        await EnsureOneAsync(Ids.Pdf, MediaKind.Pdf, "演示文档.pdf", path => File.WriteAllBytesAsync(path, DemoPdf.Build(), cancellationToken),
            cancellationToken);
        await EnsureOneAsync(Ids.Cover, MediaKind.Image, "演示专题封面.png", path => GenerateCoverAsync(path, cancellationToken), cancellationToken);
        await EnsureOneAsync(Ids.Lecture, MediaKind.Video, "Demo lecture 45 min.webm", path => GenerateLectureAsync(path, cancellationToken),
            cancellationToken);
        return Ids;
    }

    /// <summary>
    /// <see cref="EnsureAsync"/>, answered as the demo catalog wants it: each video with the duration
    /// ffprobe measured (a video resource copies its media file's duration).
    /// </summary>
    public async Task<DemoCatalogMedia> EnsureCatalogMediaAsync(CancellationToken cancellationToken)
    {
        var ids = await EnsureAsync(cancellationToken);
        var videos = ids.Videos;
        var durations = await db.MediaFiles.AsNoTracking().Where(m => videos.Contains(m.Id))
            .ToDictionaryAsync(m => m.Id, m => m.DurationSeconds ?? 0, cancellationToken);
        var lecture = await db.MediaFiles.AsNoTracking().Where(m => m.Id == ids.Lecture).Select(m => m.DurationSeconds ?? 0)
            .SingleAsync(cancellationToken);
        return new DemoCatalogMedia([.. videos.Select(id => new DemoVideo(id, durations[id]))], ids.Pdf, ids.Cover,
            new DemoVideo(ids.Lecture, lecture));
    }

    private async Task EnsureOneAsync(Guid id, MediaKind kind, string fileName, Func<string, Task> generate, CancellationToken cancellationToken)
    {
        var existing = await db.MediaFiles.AsNoTracking().SingleOrDefaultAsync(m => m.Id == id, cancellationToken);
        if (existing is not null && await store.ExistsAsync(existing.StorageKey, cancellationToken))
        {
            return;
        }

        Directory.CreateDirectory(options.Value.StagingDirectory);
        var generated = Path.Combine(options.Value.StagingDirectory, $"demo-{id:N}{Path.GetExtension(fileName)}");
        try
        {
            await generate(generated);
            await using var source = File.OpenRead(generated);
            await using var staged = await intake.StageAsync(source, intake.MaxBytes(kind), cancellationToken);
            if (existing is null)
            {
                await intake.AcceptAsync(staged, kind, fileName, uploadedBy: null, id, cancellationToken);
            }
            else
            {
                // Recorded, but the file went missing (the media directory was cleared): store it again under its key.
                await using var content = File.OpenRead(staged.Path);
                await store.PutAsync(existing.StorageKey, content, cancellationToken);
                await db.MediaFiles.Where(m => m.Id == id).ExecuteUpdateAsync(
                    u => u.SetProperty(m => m.Sha256, staged.Sha256).SetProperty(m => m.SizeBytes, staged.Length), cancellationToken);
            }

            LogGenerated(logger, fileName, id);
        }
        finally
        {
            File.Delete(generated);
        }
    }

    private Task GenerateVideoAsync(string path, string title, string asciiTitle, int seconds, int frequency, CancellationToken cancellationToken)
    {
        var font = options.Value.DemoFontPath;
        var hasFont = File.Exists(font);
        // drawtext needs a font; without the CJK one the title is drawn in ASCII with fontconfig's default.
        var fontArgument = hasFont ? $"fontfile={font}" : "font=Sans";
        var text = hasFont ? title : asciiTitle;
        var filter = "drawbox=x=0:y=190:w=iw:h=80:color=black@0.6:t=fill," +
            $"drawtext={fontArgument}:text='{text}':fontcolor=white:fontsize=28:x=(w-tw)/2:y=200," +
            $"drawtext={fontArgument}:text='%{{pts\\:hms}}':fontcolor=yellow:fontsize=18:x=(w-tw)/2:y=242";
        return RunFfmpegAsync(cancellationToken,
            "-f", "lavfi", "-i", $"testsrc2=size=480x270:rate=15:duration={seconds}",
            "-f", "lavfi", "-i", $"sine=frequency={frequency}:sample_rate=48000:duration={seconds}",
            "-vf", filter,
            "-c:v", "libvpx-vp9", "-deadline", "realtime", "-cpu-used", "8", "-b:v", "48k", "-maxrate", "64k", "-bufsize", "96k", "-g", "150",
            "-c:a", "libopus", "-b:a", "16k", "-ac", "1", "-shortest", "-f", "webm", path);
    }

    /// <summary>
    /// One frame a second and no sound track: encoding 45 minutes of audio took half a minute on two
    /// cores, the picture alone about a second. The frame shows the minute, not the second: a clock
    /// ticking every second made the file ten times larger (1 MB).
    /// </summary>
    private Task GenerateLectureAsync(string path, CancellationToken cancellationToken)
    {
        var font = options.Value.DemoFontPath;
        var fontArgument = File.Exists(font) ? $"fontfile={font}" : "font=Sans";
        var title = File.Exists(font) ? "演示讲座（45分钟）" : "Demo lecture (45 min)";
        var filter = $"drawtext={fontArgument}:text='{title}':fontcolor=white:fontsize=20:x=(w-tw)/2:y=60," +
            $"drawtext={fontArgument}:text='%{{eif\\:t/60\\:d}} min':fontcolor=yellow:fontsize=16:x=(w-tw)/2:y=100";
        return RunFfmpegAsync(cancellationToken,
            "-f", "lavfi", "-i", $"color=c=0x1f6fb2:size=320x180:rate=1:duration={LectureSeconds}",
            "-vf", filter,
            "-c:v", "libvpx-vp9", "-deadline", "realtime", "-cpu-used", "8", "-b:v", "8k", "-g", "300",
            "-an", "-f", "webm", path);
    }

    private Task GenerateCoverAsync(string path, CancellationToken cancellationToken)
    {
        var font = options.Value.DemoFontPath;
        var filter = File.Exists(font)
            ? $"drawtext=fontfile={font}:text='演示专题':fontcolor=white:fontsize=64:x=(w-tw)/2:y=(h-th)/2"
            : "drawtext=font=Sans:text='Demo program':fontcolor=white:fontsize=56:x=(w-tw)/2:y=(h-th)/2";
        return RunFfmpegAsync(cancellationToken, "-f", "lavfi", "-i", "color=c=0x1f6fb2:size=640x360", "-vf", filter,
            "-frames:v", "1", "-f", "image2", "-c:v", "png", path);
    }

    private async Task RunFfmpegAsync(CancellationToken cancellationToken, params string[] arguments)
    {
        var start = new ProcessStartInfo(options.Value.FfmpegPath) { RedirectStandardError = true, RedirectStandardOutput = true, UseShellExecute = false };
        foreach (var argument in (string[])["-v", "error", "-nostdin", "-y", .. arguments])
        {
            start.ArgumentList.Add(argument);
        }

        Process process;
        try
        {
            process = Process.Start(start) ?? throw new InvalidOperationException("ffmpeg did not start.");
        }
        catch (System.ComponentModel.Win32Exception e)
        {
            throw new InvalidOperationException(
                $"The demo media need ffmpeg ({options.Value.FfmpegPath}); install it with scripts/system-packages.sh (Debian: apt-get install ffmpeg).", e);
        }

        using (process)
        {
            var errors = process.StandardError.ReadToEndAsync(cancellationToken);
            _ = process.StandardOutput.ReadToEndAsync(cancellationToken);
            await process.WaitForExitAsync(cancellationToken);
            if (process.ExitCode != 0)
            {
                throw new InvalidOperationException($"ffmpeg could not generate a demo media file: {(await errors).Trim()}");
            }
        }
    }

    [LoggerMessage(Level = LogLevel.Information, Message = "Generated the demo media file {FileName} ({Id}).")]
    private static partial void LogGenerated(ILogger logger, string fileName, Guid id);
}
