using System.Text.Json.Serialization;

namespace Xueshi.Enrollment.Contracts;

/// <summary>When a quiz (a video's 测试题 or a 课程测试) counts as complete.</summary>
public enum QuizCompletion
{
    /// <summary>完成测试题: every question answered, right or wrong (the manuals' rule).</summary>
    AllAnswered,

    /// <summary>Every answer correct: a wrong attempt is retried until it passes.</summary>
    AllCorrect,
}

/// <summary>
/// How a program's resources are studied: the fastest playback rate the server believes (2× unless
/// the operator sets otherwise; the 2025 manual offers several speeds) and when a quiz is complete.
/// </summary>
/// <param name="MaxPlaybackRate">The fastest rate offered and credited, 1 to 3.</param>
/// <param name="QuizCompletion">allAnswered (default) or allCorrect.</param>
public sealed record StudySettings(double MaxPlaybackRate, QuizCompletion QuizCompletion)
{
    public static readonly StudySettings Default = new(2.0, QuizCompletion.AllAnswered);

    /// <summary>The rates a player offers: the usual steps from 0.75× up to the maximum.</summary>
    [JsonIgnore]
    public IReadOnlyList<double> PlaybackRates =>
        [.. new[] { 0.75, 1.0, 1.25, 1.5, 2.0, 2.5, 3.0 }.Where(r => r <= MaxPlaybackRate + 1e-9)];
}
