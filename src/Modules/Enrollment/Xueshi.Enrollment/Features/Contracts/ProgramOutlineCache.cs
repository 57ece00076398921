using Xueshi.BuildingBlocks.Caching;
using Xueshi.Enrollment.Contracts;

namespace Xueshi.Enrollment.Features.Contracts;

/// <summary>
/// Outlines are read by every progress page, credit statement and playback start, and change only when an
/// operator edits the catalog. Measured on the progress page (bench `progress`, a program of 300
/// resources): reading it took three queries and the materialisation of every resource row per request.
/// A change saved through this process clears every entry at once (<see cref="CatalogChanged"/>, called by
/// the DbContext after a save that touched the catalog); a change saved by another Host instance shows
/// here after at most <see cref="MaxAge"/>.
/// </summary>
internal sealed class ProgramOutlineCache
{
    public static readonly TimeSpan MaxAge = TimeSpan.FromSeconds(30);

    // Static: the DbContext that reports changes is pooled and cannot take this singleton in its constructor.
    private static long catalogVersion;

    private readonly KeptReads<Guid, ProgramOutline> outlines = new(MaxAge);

    /// <summary>The version to pass to <see cref="Store"/>: read it before the query, so a change during the query makes what it read stale.</summary>
    public static long CurrentVersion => Interlocked.Read(ref catalogVersion);

    public static void CatalogChanged() => Interlocked.Increment(ref catalogVersion);

    public ProgramOutline? Find(Guid programId) => outlines.TryGet(programId, CurrentVersion, out var outline) ? outline : null;

    public void Store(ProgramOutline outline, long version) => outlines.Store(outline.ProgramId, outline, version);
}
