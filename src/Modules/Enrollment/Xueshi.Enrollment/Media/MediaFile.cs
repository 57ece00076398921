namespace Xueshi.Enrollment.Media;

/// <summary>
/// One stored file. Its content never changes under its id (a new upload is a new id), which is why
/// it may be cached for a year and why its SHA-256 is its ETag. What a file is, and how long a video
/// lasts, is what the server measured, never what a client said.
/// </summary>
internal sealed class MediaFile
{
    public const int ContentTypeMaxLength = 100;
    public const int FileNameMaxLength = 255;
    public const int StorageKeyMaxLength = 200;

    public Guid Id { get; private set; }

    public MediaKind Kind { get; private set; }

    /// <summary>video/webm, video/mp4, application/pdf, image/png or image/jpeg, detected from the bytes.</summary>
    public string ContentType { get; private set; } = "";

    public long SizeBytes { get; private set; }

    /// <summary>Lower-case hex of the SHA-256 of the content.</summary>
    public string Sha256 { get; private set; } = "";

    /// <summary>Seconds, as ffprobe read them from the container; videos only.</summary>
    public double? DurationSeconds { get; private set; }

    public int? Width { get; private set; }

    public int? Height { get; private set; }

    /// <summary>Where the media store keeps the bytes (a relative path, or an object key in a bucket).</summary>
    public string StorageKey { get; private set; } = "";

    /// <summary>The name the uploader's file had: for display only, never used to find or judge the file.</summary>
    public string? OriginalFileName { get; private set; }

    /// <summary>The operator who uploaded it; null for the demo media the platform generated itself.</summary>
    public Guid? UploadedBy { get; private set; }

    public DateTimeOffset UploadedAt { get; private set; }

    public string ETag => $"\"{Sha256}\"";

    public static MediaFile Create(Guid id, MediaKind kind, string contentType, long sizeBytes, string sha256, MediaMeasurements measurements,
        string storageKey, string? originalFileName, Guid? uploadedBy, DateTimeOffset uploadedAt) => new()
    {
        Id = id,
        Kind = kind,
        ContentType = contentType,
        SizeBytes = sizeBytes,
        Sha256 = sha256,
        DurationSeconds = measurements.DurationSeconds,
        Width = measurements.Width,
        Height = measurements.Height,
        StorageKey = storageKey,
        OriginalFileName = originalFileName,
        UploadedBy = uploadedBy,
        UploadedAt = uploadedAt,
    };
}

/// <summary>What was measured from the file: a video's duration and frame size, an image's size where known.</summary>
internal sealed record MediaMeasurements(double? DurationSeconds, int? Width, int? Height)
{
    public static readonly MediaMeasurements None = new(null, null, null);
}
