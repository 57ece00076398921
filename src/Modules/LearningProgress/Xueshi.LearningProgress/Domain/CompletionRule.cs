namespace Xueshi.LearningProgress.Domain;

/// <summary>
/// When a resource is complete, in one place for every writer (the heartbeat statement and the quiz
/// attempt), as SQL over a <c>resource_progress</c> row aliased <c>rp</c>:
/// <list type="bullet">
/// <item>a video: its whole duration watched, bar <see cref="EndToleranceSeconds"/> at the end; with a
/// quiz, the quiz complete and the rest after the quiz position watched after that (必须完成…测试题，并看完测试题后剩余的视频);
/// a quiz at the very end leaves no rest;</item>
/// <item>a text: open and visible for its minimum reading time;</item>
/// <item>a course test: its quiz complete.</item>
/// </list>
/// </summary>
internal static class CompletionRule
{
    /// <summary>A player's last frames and rounding to whole seconds: the last two seconds need not be seen.</summary>
    public const int EndToleranceSeconds = 2;

    /// <summary>The last second that must be watched (exclusive bound), from the duration.</summary>
    private const string WatchedUpTo = "greatest(0, ceil(rp.duration_seconds)::int - 2)";

    public const string IsCompleteSql = $"""
        CASE rp.kind
            WHEN 'Video' THEN
                rp.watched @> int4range(0, {WatchedUpTo})
                AND (rp.quiz_position_seconds IS NULL OR rp.question_count = 0
                     OR (rp.quiz_completed_at IS NOT NULL
                         AND rp.after_quiz @> int4range(least(rp.quiz_position_seconds, {WatchedUpTo}), {WatchedUpTo})))
            WHEN 'Text' THEN rp.reading_seconds >= coalesce(rp.min_reading_seconds, 0)
            ELSE rp.quiz_completed_at IS NOT NULL
        END
        """;

    /// <summary>
    /// Marks the row complete when it has just become so, once (state 2 is never left), and returns
    /// what the <c>ResourceCompleted</c> event needs. Parameters: @teacher, @resource, @program, @now.
    /// </summary>
    public const string CompleteIfDoneSql = $"""
        UPDATE learning_progress.resource_progress AS rp
        SET state = 2, completed_at = @now, completed_in_program_id = @program, updated_at = @now
        WHERE rp.teacher_id = @teacher AND rp.resource_id = @resource AND rp.state <> 2 AND ({IsCompleteSql})
        RETURNING rp.course_id, rp.study_seconds_on_completion
        """;
}
