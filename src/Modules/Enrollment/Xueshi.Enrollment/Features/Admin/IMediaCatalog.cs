using Microsoft.EntityFrameworkCore;
using Xueshi.Enrollment.Media;
using Xueshi.Enrollment.Persistence;

namespace Xueshi.Enrollment.Features.Admin;

/// <summary>What the catalog needs to know of a media file: what it is and, for a video, how long ffprobe measured it.</summary>
internal sealed record MediaInfo(Guid Id, MediaKind Kind, string ContentType, double? DurationSeconds);

/// <summary>Looks up uploaded media for the console: a resource's video must be a video, a text resource's PDF a PDF.</summary>
internal interface IMediaCatalog
{
    Task<MediaInfo?> FindAsync(Guid id, CancellationToken ct);
}

internal sealed class MediaCatalog(EnrollmentDbContext db) : IMediaCatalog
{
    public Task<MediaInfo?> FindAsync(Guid id, CancellationToken ct) =>
        db.MediaFiles.AsNoTracking().Where(m => m.Id == id)
            .Select(m => new MediaInfo(m.Id, m.Kind, m.ContentType, m.DurationSeconds))
            .SingleOrDefaultAsync(ct);
}
