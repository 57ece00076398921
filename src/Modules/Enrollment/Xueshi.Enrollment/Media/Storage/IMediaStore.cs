namespace Xueshi.Enrollment.Media.Storage;

/// <summary>
/// Where media bytes live, by storage key. A directory today (<see cref="FileSystemMediaStore"/>); the
/// shape is what an S3-compatible bucket offers too (PutObject, ranged GetObject, DeleteObject,
/// HeadObject), so a bucket store is one more implementation and no caller changes.
/// </summary>
internal interface IMediaStore
{
    /// <summary>Stores the whole stream under the key, all or nothing: a reader never sees half a file.</summary>
    Task PutAsync(string key, Stream content, CancellationToken cancellationToken);

    /// <summary>
    /// Opens the content for reading, from <paramref name="offset"/> for <paramref name="length"/> bytes
    /// (to the end when null). A file-system store returns a seekable stream, so HTTP range processing
    /// can seek in it; null when there is no such object.
    /// </summary>
    Task<Stream?> OpenReadAsync(string key, long offset = 0, long? length = null, CancellationToken cancellationToken = default);

    Task<bool> ExistsAsync(string key, CancellationToken cancellationToken);

    /// <summary>Removes the object; nothing happens when it is already gone.</summary>
    Task DeleteAsync(string key, CancellationToken cancellationToken);
}
