using Xueshi.LearningProgress.Domain;

namespace Xueshi.LearningProgress.Tracking;

/// <summary>
/// The one statement that takes a batch of heartbeats (at most one per teacher, so every playback and
/// progress row appears once): it locks the playbacks and then the progress rows in key order (two
/// Hosts never wait on each other in a circle), judges each heartbeat by the server's clock, updates
/// both tables and returns one row per input, in input order. The rules are those of the issue
/// ("Rules of tracking"): a segment is credited only when the previous heartbeat said playing, this
/// one is no seek, the program's window is open and the position advanced no more than elapsed × the
/// fastest rate + <see cref="ToleranceSeconds"/>; before the quiz is complete nothing at or after its
/// position is credited; watch time counts only past watch_clock_until (two devices never double it).
/// Completion is <see cref="CompletionRule.IsCompleteSql"/> over the row as it will be.
/// <para>
/// Parameters are positional, so that Npgsql sends the text as it is instead of parsing it for
/// <c>@names</c> on every batch: $1 teachers (uuid[]), $2 playbacks (uuid[]), $3 sequences (int[]),
/// $4 positions (float8[], null for a text), $5 playing (bool[]), $6 seeks (bool[]), $7 now (timestamptz).
/// </para>
/// </summary>
internal static class HeartbeatStatement
{
    /// <summary>Network jitter and the player's timer: a heartbeat may claim this much more than the clock allows.</summary>
    public const int ToleranceSeconds = 2;

    /// <summary>Watch time per heartbeat is bounded: a player silent for minutes was not necessarily playing.</summary>
    public const int MaxCountedSecondsPerHeartbeat = 30;

    private static readonly int LifetimeSeconds = (int)Playback.IdleLifetime.TotalSeconds;

    public static readonly string Sql = $"""
        WITH input AS (
            SELECT * FROM unnest($1, $2, $3, $4, $5, $6)
                WITH ORDINALITY AS i(teacher_id, playback_id, seq, pos, now_playing, seek, ord)
        ),
        pb AS (
            SELECT i.ord, p.teacher_id, p.id AS playback_id, p.program_id, p.resource_id, p.kind, p.duration_seconds, p.max_playback_rate,
                   p.window_ends_at, p.last_heartbeat_at, p.last_sequence, p.last_position, p.playing AS was_playing, p.expires_at
            FROM learning_progress.playbacks p
            JOIN input i ON p.teacher_id = i.teacher_id AND p.id = i.playback_id
            ORDER BY p.teacher_id, p.id
            FOR UPDATE OF p
        ),
        prev AS (
            SELECT pb.ord, r.*
            FROM learning_progress.resource_progress r
            JOIN pb ON r.teacher_id = pb.teacher_id AND r.resource_id = pb.resource_id
            ORDER BY r.teacher_id, r.resource_id
            FOR UPDATE OF r
        ),
        judged AS (
            SELECT i.ord, i.seq, i.now_playing, i.seek, pb.teacher_id, pb.playback_id, pb.program_id, pb.resource_id, pb.kind,
                   pb.max_playback_rate, pb.last_position AS from_pos, pb.was_playing, pb.expires_at,
                   $7 < pb.window_ends_at AS in_window,
                   greatest(0, extract(epoch FROM $7 - pb.last_heartbeat_at))::float8 AS elapsed,
                   CASE WHEN pb.kind = 'Video'
                        THEN least(greatest(coalesce(i.pos, pb.last_position), 0), coalesce(pb.duration_seconds, i.pos, pb.last_position)) END AS to_pos,
                   CASE WHEN pb.expires_at <= $7 THEN 'expired' WHEN i.seq <= pb.last_sequence THEN 'duplicate' ELSE 'accepted' END AS outcome
            FROM input i
            JOIN pb ON pb.ord = i.ord
            JOIN prev r ON r.ord = i.ord
        ),
        step AS (
            SELECT j.ord, j.seq, j.now_playing, j.teacher_id, j.playback_id, j.program_id, j.resource_id, j.from_pos, j.to_pos,
                   r.kind, r.duration_seconds, r.quiz_position_seconds, r.question_count, r.min_reading_seconds, r.quiz_completed_at,
                   r.watched AS old_watched, r.after_quiz AS old_after_quiz, r.reading_seconds AS old_reading, r.state AS old_state,
                   b.believable, w.counts, w.counted,
                   floor(j.from_pos)::int AS lo, floor(coalesce(j.to_pos, 0))::int AS hi,
                   (r.quiz_position_seconds IS NULL OR r.question_count = 0 OR r.quiz_completed_at IS NOT NULL) AS gate_open
            FROM judged j
            JOIN prev r ON r.ord = j.ord
            CROSS JOIN LATERAL (SELECT (j.kind = 'Video' AND j.was_playing AND NOT j.seek AND j.in_window
                AND j.to_pos >= j.from_pos AND j.to_pos - j.from_pos <= j.elapsed * j.max_playback_rate + {ToleranceSeconds}) AS believable) b
            CROSS JOIN LATERAL (SELECT (j.was_playing AND j.in_window) AS counts,
                CASE WHEN j.was_playing AND j.in_window
                     THEN greatest(0, extract(epoch FROM $7 - greatest($7 - make_interval(secs => least(j.elapsed, {MaxCountedSecondsPerHeartbeat})),
                                                                          coalesce(r.watch_clock_until, '-infinity'::timestamptz))))::float8
                     ELSE 0 END AS counted) w
            WHERE j.outcome = 'accepted'
        ),
        pieces AS (
            SELECT s.*,
                CASE WHEN s.believable
                     THEN int4range(s.lo, greatest(s.lo, CASE WHEN s.gate_open THEN s.hi ELSE least(s.hi, s.quiz_position_seconds) END))
                     ELSE 'empty'::int4range END AS piece,
                CASE WHEN s.believable AND s.quiz_completed_at IS NOT NULL AND s.quiz_position_seconds IS NOT NULL AND s.question_count > 0
                     THEN int4range(greatest(s.lo, s.quiz_position_seconds), greatest(s.lo, s.quiz_position_seconds, s.hi))
                     ELSE 'empty'::int4range END AS after_piece
            FROM step s
        ),
        rp AS (
            SELECT g.*,
                g.old_watched + int4multirange(g.piece) AS watched,
                g.old_after_quiz + int4multirange(g.after_piece) AS after_quiz,
                g.old_reading + CASE WHEN g.kind = 'Text' THEN g.counted ELSE 0 END AS reading_seconds
            FROM pieces g
        ),
        calc AS (
            SELECT rp.*,
                (SELECT coalesce(sum(upper(x) - lower(x)), 0) FROM unnest(rp.watched) AS x)::int AS watched_seconds,
                rp.old_state <> 2 AND ({CompletionRule.IsCompleteSql}) AS newly_completed
            FROM rp
        ),
        upd_pb AS (
            UPDATE learning_progress.playbacks p
            SET last_sequence = c.seq, last_position = coalesce(c.to_pos, c.from_pos), last_heartbeat_at = $7, playing = c.now_playing,
                expires_at = $7 + make_interval(secs => {LifetimeSeconds})
            FROM calc c
            WHERE p.teacher_id = c.teacher_id AND p.id = c.playback_id
        ),
        upd_rp AS (
            UPDATE learning_progress.resource_progress r
            SET watched = c.watched, after_quiz = c.after_quiz, watched_seconds = c.watched_seconds,
                watch_time_seconds = r.watch_time_seconds + c.counted,
                watch_clock_until = CASE WHEN c.counts THEN greatest(coalesce(r.watch_clock_until, $7), $7) ELSE r.watch_clock_until END,
                reading_seconds = c.reading_seconds,
                last_position = coalesce(c.to_pos, r.last_position),
                state = CASE WHEN c.newly_completed THEN 2 WHEN r.state = 0 THEN 1 ELSE r.state END,
                completed_at = CASE WHEN c.newly_completed THEN $7 ELSE r.completed_at END,
                completed_in_program_id = CASE WHEN c.newly_completed THEN c.program_id ELSE r.completed_in_program_id END,
                updated_at = $7
            FROM calc c
            WHERE r.teacher_id = c.teacher_id AND r.resource_id = c.resource_id
        )
        SELECT i.ord::int,
            coalesce(j.outcome, 'not_found') AS outcome,
            coalesce(CASE WHEN c.kind = 'Video' THEN c.believable ELSE c.counts END, false) AS credited,
            CASE WHEN j.kind = 'Video' THEN coalesce(c.to_pos, j.from_pos) END AS position,
            CASE WHEN c.ord IS NOT NULL THEN $7 + make_interval(secs => {LifetimeSeconds}) ELSE j.expires_at END AS expires_at,
            CASE WHEN c.newly_completed THEN 2 WHEN r.state = 0 AND c.ord IS NOT NULL THEN 1 ELSE r.state END AS state,
            coalesce(c.watched_seconds, r.watched_seconds) AS watched_seconds,
            coalesce(c.watched, r.watched) AS watched,
            coalesce(c.reading_seconds, r.reading_seconds) AS reading_seconds,
            r.study_seconds_on_completion,
            r.quiz_completed_at,
            CASE WHEN c.newly_completed THEN $7 ELSE r.completed_at END AS completed_at,
            r.duration_seconds, r.min_reading_seconds, r.quiz_position_seconds, r.question_count, r.kind,
            coalesce(c.newly_completed, false) AS newly_completed,
            j.program_id, r.course_id, j.resource_id
        FROM input i
        LEFT JOIN judged j ON j.ord = i.ord
        LEFT JOIN prev r ON r.ord = j.ord
        LEFT JOIN calc c ON c.ord = i.ord
        ORDER BY i.ord
        """;
}
