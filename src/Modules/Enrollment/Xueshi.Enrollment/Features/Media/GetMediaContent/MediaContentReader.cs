using Microsoft.EntityFrameworkCore;
using Xueshi.Enrollment.Media;
using Xueshi.Enrollment.Media.Access;
using Xueshi.Enrollment.Media.Storage;
using Xueshi.Enrollment.Persistence;

namespace Xueshi.Enrollment.Features.Media.GetMediaContent;

/// <summary>Opens a media file for a reader the access rule lets in; 404 for everyone else, so ids cannot be probed.</summary>
internal sealed class MediaContentReader(EnrollmentDbContext db, IMediaAccess access, IMediaStore store)
{
    public async Task<MediaContent> OpenAsync(Guid id, MediaReader reader, CancellationToken cancellationToken)
    {
        var media = await db.MediaFiles.AsNoTracking().SingleOrDefaultAsync(m => m.Id == id, cancellationToken);
        if (media is null || !await access.CanReadAsync(id, reader, cancellationToken))
        {
            throw MediaErrors.NotFound.ToException();
        }

        var stream = await store.OpenReadAsync(media.StorageKey, cancellationToken: cancellationToken)
            ?? throw MediaErrors.NotFound.ToException();
        return new MediaContent(media, stream);
    }
}
