using System.Security.Cryptography;
using Microsoft.Extensions.Options;
using Xueshi.Enrollment.Media.Probing;
using Xueshi.Enrollment.Media.Storage;
using Xueshi.Enrollment.Persistence;

namespace Xueshi.Enrollment.Media.Intake;

/// <summary>
/// The one path every media file takes, uploads and generated demo media alike: staged to a local
/// file with its size counted and its SHA-256 computed as it streams in, judged by its content
/// (magic bytes, container structure, ffprobe), moved into the media store, then recorded. A refusal
/// at any step leaves nothing in the store or the table.
/// </summary>
internal sealed class MediaIntake(IMediaStore store, IMediaProber prober, EnrollmentDbContext db, TimeProvider clock, IOptions<MediaOptions> options)
{
    private static readonly IReadOnlyDictionary<SniffedFormat, string[]> VideoCodecs = new Dictionary<SniffedFormat, string[]>
    {
        // What browsers play: H.264 in MP4; VP8, VP9 or AV1 in WebM (Debian's Chromium has no H.264 at all).
        [SniffedFormat.Mp4] = ["h264"],
        [SniffedFormat.WebM] = ["vp8", "vp9", "av1"],
    };

    public long MaxBytes(MediaKind kind) => kind switch
    {
        MediaKind.Video => options.Value.MaxVideoBytes,
        MediaKind.Pdf => options.Value.MaxDocumentBytes,
        _ => options.Value.MaxImageBytes,
    };

    /// <summary>Copies the stream to a staging file, refusing it as soon as it passes <paramref name="maxBytes"/>.</summary>
    public async Task<StagedUpload> StageAsync(Stream source, long maxBytes, CancellationToken cancellationToken)
    {
        var directory = options.Value.StagingDirectory;
        Directory.CreateDirectory(directory);
        var path = Path.Combine(directory, Guid.NewGuid().ToString("N"));
        try
        {
            using var hash = IncrementalHash.CreateHash(HashAlgorithmName.SHA256);
            long length = 0;
            await using (var file = new FileStream(path, FileMode.CreateNew, FileAccess.Write, FileShare.None, 81920, FileOptions.Asynchronous))
            {
                var buffer = new byte[81920];
                int read;
                while ((read = await source.ReadAsync(buffer, cancellationToken)) > 0)
                {
                    length += read;
                    if (length > maxBytes)
                    {
                        throw MediaErrors.TooLarge.ToException(new Dictionary<string, object?> { ["field"] = "file", ["maxBytes"] = maxBytes });
                    }

                    hash.AppendData(buffer, 0, read);
                    await file.WriteAsync(buffer.AsMemory(0, read), cancellationToken);
                }
            }

            return new StagedUpload(path, length, Convert.ToHexStringLower(hash.GetHashAndReset()));
        }
        catch
        {
            File.Delete(path);
            throw;
        }
    }

    /// <summary>Judges the staged file as a <paramref name="expected"/> and, if it is one, stores and records it.</summary>
    public async Task<MediaFile> AcceptAsync(StagedUpload staged, MediaKind expected, string? originalFileName, Guid? uploadedBy, Guid id,
        CancellationToken cancellationToken)
    {
        var (format, measurements) = await JudgeAsync(staged, expected, cancellationToken);
        var key = $"{expected.ToString().ToLowerInvariant()}s/{id:N}{format.Extension()}";
        await using (var content = new FileStream(staged.Path, FileMode.Open, FileAccess.Read, FileShare.Read, 81920, FileOptions.Asynchronous))
        {
            await store.PutAsync(key, content, cancellationToken);
        }

        var media = MediaFile.Create(id, expected, format.ContentType(), staged.Length, staged.Sha256, measurements, key,
            DisplayName(originalFileName), uploadedBy, clock.GetUtcNow());
        db.MediaFiles.Add(media);
        try
        {
            await db.SaveChangesAsync(cancellationToken);
        }
        catch
        {
            db.MediaFiles.Entry(media).State = Microsoft.EntityFrameworkCore.EntityState.Detached;
            await store.DeleteAsync(key, CancellationToken.None);
            throw;
        }

        return media;
    }

    private async Task<(SniffedFormat Format, MediaMeasurements Measurements)> JudgeAsync(StagedUpload staged, MediaKind expected,
        CancellationToken cancellationToken)
    {
        var file = new Dictionary<string, object?> { ["field"] = "file" };
        if (staged.Length == 0)
        {
            throw MediaErrors.Unreadable.ToException(file);
        }

        SniffedFormat? sniffed;
        bool complete;
        await using (var stream = new FileStream(staged.Path, FileMode.Open, FileAccess.Read, FileShare.Read, 4096))
        {
            var head = new byte[ContentSniffer.HeadLength];
            var read = await stream.ReadAtLeastAsync(head, head.Length, throwOnEndOfStream: false, cancellationToken);
            sniffed = ContentSniffer.Sniff(head.AsSpan(0, read));
            complete = sniffed is { } f && f.Kind() == expected && ContainerIntegrity.IsComplete(f, stream);
        }

        if (sniffed is not { } format || format.Kind() != expected)
        {
            throw MediaErrors.UnsupportedType.ToException(file);
        }

        if (!complete)
        {
            throw MediaErrors.Unreadable.ToException(file);
        }

        if (expected == MediaKind.Pdf)
        {
            return (format, MediaMeasurements.None);
        }

        var probe = await prober.ProbeAsync(staged.Path, cancellationToken) ?? throw MediaErrors.Unreadable.ToException(file);
        var picture = probe.Streams.FirstOrDefault(s => s.CodecType == "video");
        if (expected == MediaKind.Image)
        {
            return (format, new MediaMeasurements(null, picture?.Width, picture?.Height));
        }

        if (picture is null || !VideoCodecs[format].Contains(picture.CodecName, StringComparer.Ordinal))
        {
            // The codec when ffprobe named one: the document types it as a string, never null.
            var unsupported = new Dictionary<string, object?>(file);
            if (picture?.CodecName is { } codec)
            {
                unsupported["codec"] = codec;
            }

            throw MediaErrors.UnsupportedType.ToException(unsupported);
        }

        if (probe.DurationSeconds is not > 0)
        {
            throw MediaErrors.Unreadable.ToException(file);
        }

        return (format, new MediaMeasurements(probe.DurationSeconds, picture.Width, picture.Height));
    }

    /// <summary>The uploader's file name without any folder, control characters or excess length: shown, never trusted.</summary>
    private static string? DisplayName(string? name)
    {
        if (string.IsNullOrWhiteSpace(name))
        {
            return null;
        }

        var bare = new string(Path.GetFileName(name.Replace('\\', '/')).Where(c => !char.IsControl(c)).ToArray()).Trim();
        return bare.Length == 0 ? null : bare[..Math.Min(bare.Length, MediaFile.FileNameMaxLength)];
    }
}
