using System.Globalization;
using Xueshi.BuildingBlocks.Localization;
using Xueshi.Enrollment.Contracts;
using Xueshi.LearningProgress.Contracts;
using Xueshi.LearningProgress.Domain;

namespace Xueshi.LearningProgress.Features.GetProgramProgress;

/// <summary>
/// Why a resource is not complete, in words a teacher can act on (the manuals' FAQ: 为什么我的学习时长为0),
/// read off the same facts <see cref="CompletionRule"/> judges: the parts of [0, duration − 2 s) not
/// watched, the quiz, the rest after the quiz watched after it, the reading time, the course test.
/// </summary>
internal static class IncompleteReasons
{
    public const string PartNotWatched = "learning.part_not_watched";
    public const string QuizNotDone = "learning.quiz_not_done";
    public const string RestAfterQuizNotWatched = "learning.rest_after_quiz_not_watched";
    public const string ReadingTimeShort = "learning.reading_time_short";
    public const string CourseTestNotDone = "learning.course_test_not_done";

    public static IReadOnlyList<IncompleteReason> Of(ResourceFacts resource, ResourceProgress? progress)
    {
        if (progress?.State == LearningState.Completed)
        {
            return [];
        }

        return resource.Kind switch
        {
            ResourceKind.Video => OfVideo(resource, progress),
            ResourceKind.Text => OfText(resource, progress),
            _ => progress?.QuizCompletedAt is not null
                ? []
                : [new IncompleteReason(CourseTestNotDone, Localized.Pick("课程测试尚未完成。", "The course test is not done yet."), [])],
        };
    }

    private static List<IncompleteReason> OfVideo(ResourceFacts resource, ResourceProgress? progress)
    {
        // Every resource of a program is judged on each progress page (300 on a large one): only the
        // language asked for is formatted.
        var zh = !Localized.IsEnglish;
        var reasons = new List<IncompleteReason>(2);
        var duration = progress?.DurationSeconds ?? resource.DurationSeconds ?? 0;
        var upTo = Math.Max(0, (int)Math.Ceiling(duration) - CompletionRule.EndToleranceSeconds);
        var quizAt = progress is null ? resource.QuizPositionSeconds : progress.QuizPositionSeconds;
        var hasQuiz = quizAt is not null && (progress?.QuestionCount ?? resource.QuestionCount) > 0;

        // With a quiz, what lies after it counts only when watched after the quiz: that part has its own reason.
        var restFrom = hasQuiz ? Math.Min(quizAt!.Value, upTo) : upTo;
        var watched = progress is null ? [] : WatchedRange.From(progress.Watched);
        var notWatched = Missing(watched, 0, restFrom);
        if (notWatched.Count > 0)
        {
            reasons.Add(new IncompleteReason(PartNotWatched,
                zh ? $"{Ranges(notWatched, zh)}尚未观看。" : $"Not watched yet: {Ranges(notWatched, zh)}.", notWatched));
        }

        if (!hasQuiz)
        {
            return reasons;
        }

        if (progress?.QuizCompletedAt is null)
        {
            reasons.Add(new IncompleteReason(QuizNotDone, Localized.Pick("视频中的测试题尚未完成。", "The quiz in the video is not done yet."), []));
        }

        var afterQuiz = progress is null ? [] : WatchedRange.From(progress.AfterQuiz);
        var rest = Missing(afterQuiz, restFrom, upTo);
        if (rest.Count > 0)
        {
            reasons.Add(new IncompleteReason(RestAfterQuizNotWatched, zh
                    ? $"测试题后剩余的视频（{Ranges(rest, zh)}）需在完成测试题后观看。"
                    : $"The rest of the video after the quiz ({Ranges(rest, zh)}) must be watched after the quiz is done.",
                rest));
        }

        return reasons;
    }

    private static List<IncompleteReason> OfText(ResourceFacts resource, ResourceProgress? progress)
    {
        var minimum = progress?.MinReadingSeconds ?? resource.MinReadingSeconds ?? 0;
        var read = (int)Math.Floor(progress?.ReadingSeconds ?? 0);
        if (read >= minimum)
        {
            return [];
        }

        var zh = !Localized.IsEnglish;
        return [new IncompleteReason(ReadingTimeShort, zh
            ? $"阅读时间不足：已阅读{Duration(read, zh)}，至少需要{Duration(minimum, zh)}。"
            : $"Reading time too short: {Duration(read, zh)} of at least {Duration(minimum, zh)}.", [])];
    }

    /// <summary>The parts of [from, to) that <paramref name="have"/> (merged, in order) does not cover.</summary>
    public static IReadOnlyList<WatchedRange> Missing(IReadOnlyList<WatchedRange> have, int from, int to)
    {
        var missing = new List<WatchedRange>();
        var cursor = from;
        var ordered = InOrder(have);
        for (var i = 0; i < ordered.Count; i++)
        {
            var range = ordered[i];
            if (cursor >= to || range.StartSeconds >= to)
            {
                break;
            }

            if (range.EndSeconds <= cursor)
            {
                continue;
            }

            if (range.StartSeconds > cursor)
            {
                missing.Add(new WatchedRange(cursor, range.StartSeconds));
            }

            cursor = Math.Max(cursor, range.EndSeconds);
        }

        if (cursor < to)
        {
            missing.Add(new WatchedRange(cursor, to));
        }

        return missing;
    }

    // A multirange read from PostgreSQL is already in order (every started video on every progress page): no sorted copy for it.
    private static IReadOnlyList<WatchedRange> InOrder(IReadOnlyList<WatchedRange> ranges)
    {
        for (var i = 1; i < ranges.Count; i++)
        {
            if (ranges[i].StartSeconds < ranges[i - 1].StartSeconds)
            {
                return [.. ranges.OrderBy(r => r.StartSeconds)];
            }
        }

        return ranges;
    }

    private static string Ranges(IReadOnlyList<WatchedRange> ranges, bool zh)
    {
        if (ranges.Count == 1)
        {
            return Range(ranges[0], zh);
        }

        return string.Join(zh ? "、" : ", ", ranges.Select(r => Range(r, zh)));
    }

    private static string Range(WatchedRange range, bool zh) => zh
        ? $"{Clock(range.StartSeconds, zh)}至{Clock(range.EndSeconds, zh)}"
        : $"{Clock(range.StartSeconds, zh)}–{Clock(range.EndSeconds, zh)}";

    /// <summary>A position as the manuals write it, 第2分05秒 (or 2:05).</summary>
    private static string Clock(int seconds, bool zh) => zh
        ? string.Create(CultureInfo.InvariantCulture, $"第{seconds / 60}分{TwoDigits(seconds % 60)}秒")
        : string.Create(CultureInfo.InvariantCulture, $"{seconds / 60}:{TwoDigits(seconds % 60)}");

    private static string Duration(int seconds, bool zh) => zh
        ? (seconds >= 60 ? string.Create(CultureInfo.InvariantCulture, $"{seconds / 60}分{TwoDigits(seconds % 60)}秒") : $"{seconds}秒")
        : string.Create(CultureInfo.InvariantCulture, $"{seconds / 60}:{TwoDigits(seconds % 60)}");

    // "00" as a custom number format goes the slow formatting path; seconds within a minute are two digits anyway.
    private static string TwoDigits(int value) =>
        value is >= 0 and < 60 ? TwoDigitStrings[value] : value.ToString("00", CultureInfo.InvariantCulture);

    private static readonly string[] TwoDigitStrings = [.. Enumerable.Range(0, 60).Select(v => v.ToString("00", CultureInfo.InvariantCulture))];
}
