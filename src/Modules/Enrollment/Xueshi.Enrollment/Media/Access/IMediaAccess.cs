namespace Xueshi.Enrollment.Media.Access;

/// <summary>
/// Whether someone may read a media file's content. Callers answer 404 on false, never 403, so the
/// ids of media in draft programs cannot be probed.
/// </summary>
internal interface IMediaAccess
{
    Task<bool> CanReadAsync(Guid mediaId, MediaReader reader, CancellationToken cancellationToken);
}
