using Microsoft.Extensions.Options;

namespace Xueshi.Enrollment.Media.Storage;

/// <summary>
/// Media under one directory (Xueshi:Media:Directory, default .data/media at the repository root).
/// A file is written to a temporary name in its final directory, flushed to the disk, then renamed
/// into place: rename within one file system is atomic, so a crash leaves a stray temporary file
/// (named .tmp-*, never served) and never a truncated media file under a real key.
/// </summary>
internal sealed class FileSystemMediaStore(IOptions<MediaOptions> options) : IMediaStore
{
    private const string TemporaryPrefix = ".tmp-";

    private readonly string _root = Path.GetFullPath(options.Value.ResolvedDirectory);

    public async Task PutAsync(string key, Stream content, CancellationToken cancellationToken)
    {
        var path = PathOf(key);
        var directory = Path.GetDirectoryName(path)!;
        Directory.CreateDirectory(directory);
        var temporary = Path.Combine(directory, TemporaryPrefix + Guid.NewGuid().ToString("N"));
        try
        {
            await using (var file = new FileStream(temporary, FileMode.CreateNew, FileAccess.Write, FileShare.None, 81920, FileOptions.Asynchronous))
            {
                await content.CopyToAsync(file, cancellationToken);
                await file.FlushAsync(cancellationToken);
                file.Flush(flushToDisk: true);
            }

            File.Move(temporary, path, overwrite: true);
        }
        catch
        {
            File.Delete(temporary);
            throw;
        }
    }

    public Task<Stream?> OpenReadAsync(string key, long offset = 0, long? length = null, CancellationToken cancellationToken = default)
    {
        var path = PathOf(key);
        if (!File.Exists(path))
        {
            return Task.FromResult<Stream?>(null);
        }

        // Whole files stay seekable for range processing; a bounded window is what a bucket's ranged GET would give.
        Stream stream = new FileStream(path, FileMode.Open, FileAccess.Read, FileShare.Read | FileShare.Delete, 64 * 1024, FileOptions.Asynchronous);
        if (offset > 0)
        {
            stream.Seek(offset, SeekOrigin.Begin);
        }

        return Task.FromResult<Stream?>(length is { } bytes ? new BoundedReadStream(stream, bytes) : stream);
    }

    public Task<bool> ExistsAsync(string key, CancellationToken cancellationToken) => Task.FromResult(File.Exists(PathOf(key)));

    public Task DeleteAsync(string key, CancellationToken cancellationToken)
    {
        File.Delete(PathOf(key));
        return Task.CompletedTask;
    }

    /// <summary>Keys are made by the platform (kind/id.ext), but a key must never reach outside the root all the same.</summary>
    private string PathOf(string key)
    {
        if (string.IsNullOrWhiteSpace(key) || key.Contains("..", StringComparison.Ordinal) || Path.IsPathRooted(key)
            || Path.GetFileName(key).StartsWith(TemporaryPrefix, StringComparison.Ordinal))
        {
            throw new ArgumentException($"Not a media storage key: {key}", nameof(key));
        }

        var path = Path.GetFullPath(Path.Combine(_root, key));
        if (!path.StartsWith(_root + Path.DirectorySeparatorChar, StringComparison.Ordinal))
        {
            throw new ArgumentException($"Not a media storage key: {key}", nameof(key));
        }

        return path;
    }
}
