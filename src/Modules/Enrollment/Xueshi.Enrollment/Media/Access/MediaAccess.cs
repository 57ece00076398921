namespace Xueshi.Enrollment.Media.Access;

/// <summary>
/// Operators read everything. A teacher reads a file only through the catalog: the video or PDF of a
/// resource in a published or closed program they are enrolled in, or the cover of a published program.
/// </summary>
internal sealed class MediaAccess : IMediaAccess
{
    public Task<bool> CanReadAsync(Guid mediaId, MediaReader reader, CancellationToken cancellationToken) =>
        Task.FromResult(reader.IsOperator);
}
