namespace Xueshi.Enrollment.Media.Intake;

/// <summary>
/// An upload written to a local staging file while it is checked (ffprobe needs a file). Disposing
/// it deletes the file, so whatever the outcome nothing is left behind in the staging directory.
/// </summary>
internal sealed class StagedUpload(string path, long length, string sha256) : IAsyncDisposable
{
    public string Path { get; } = path;

    public long Length { get; } = length;

    /// <summary>Lower-case hex SHA-256, computed while the bytes streamed in.</summary>
    public string Sha256 { get; } = sha256;

    public ValueTask DisposeAsync()
    {
        File.Delete(Path);
        return ValueTask.CompletedTask;
    }
}
