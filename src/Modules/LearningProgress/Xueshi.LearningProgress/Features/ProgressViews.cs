using NpgsqlTypes;
using Xueshi.LearningProgress.Contracts;
using Xueshi.LearningProgress.Domain;

namespace Xueshi.LearningProgress.Features;

/// <summary>A teacher's progress on one resource, as the player and the outline show it.</summary>
/// <param name="State">notStarted (hollow circle), inProgress (partly filled), completed (filled, ✓).</param>
/// <param name="WatchedSeconds">Seconds of the video credited as watched.</param>
/// <param name="PercentWatched">WatchedSeconds over the duration, 0 to 100 (a text: reading time over the minimum).</param>
/// <param name="WatchedRanges">The credited parts, merged, in order: what the progress bar fills; a skipped part is a gap.</param>
/// <param name="ReadingSeconds">A text resource's visible reading time so far.</param>
/// <param name="StudySeconds">已学习 from this resource: its whole duration (or stated time) once complete, 0 before.</param>
/// <param name="QuizCompleted">Whether its quiz or course test is complete.</param>
/// <param name="CompletedAt">When it became complete.</param>
internal sealed record ResourceProgressView(
    LearningState State,
    int WatchedSeconds,
    double PercentWatched,
    IReadOnlyList<WatchedRange> WatchedRanges,
    double ReadingSeconds,
    int StudySeconds,
    bool QuizCompleted,
    DateTimeOffset? CompletedAt)
{
    public static readonly ResourceProgressView NotStarted = new(LearningState.NotStarted, 0, 0, [], 0, 0, false, null);

    public static ResourceProgressView From(ResourceProgress? progress) => progress is null
        ? NotStarted
        : new ResourceProgressView(
            progress.State,
            progress.WatchedSeconds,
            Percent(progress),
            WatchedRange.From(progress.Watched),
            Math.Round(progress.ReadingSeconds, 1),
            progress.StudySeconds,
            progress.QuizCompletedAt is not null,
            progress.CompletedAt);

    private static double Percent(ResourceProgress p)
    {
        if (p.State == LearningState.Completed)
        {
            return 100;
        }

        (double done, double whole) = p.DurationSeconds is > 0 ? (p.WatchedSeconds, p.DurationSeconds.Value) : (p.ReadingSeconds, (double)(p.MinReadingSeconds ?? 0));
        return whole <= 0 ? 0 : Math.Round(Math.Min(100, 100 * done / whole), 1);
    }
}

/// <summary>One credited part of a video, in whole seconds: from StartSeconds up to (not including) EndSeconds.</summary>
internal sealed record WatchedRange(int StartSeconds, int EndSeconds)
{
    // Read for every started resource of every progress page: a plain loop, no iterators.
    public static IReadOnlyList<WatchedRange> From(NpgsqlRange<int>[] ranges)
    {
        var from = new List<WatchedRange>(ranges.Length);
        foreach (var r in ranges)
        {
            if (!r.IsEmpty)
            {
                from.Add(new WatchedRange(r.LowerBoundInfinite ? 0 : r.LowerBound + (r.LowerBoundIsInclusive ? 0 : 1), r.UpperBound + (r.UpperBoundIsInclusive ? 1 : 0)));
            }
        }

        return from;
    }
}
