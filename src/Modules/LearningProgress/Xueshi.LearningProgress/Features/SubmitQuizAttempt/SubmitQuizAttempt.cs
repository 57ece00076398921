using System.Text.Json.Serialization;
using MediatR;

namespace Xueshi.LearningProgress.Features.SubmitQuizAttempt;

/// <summary>An attempt at the quiz: the options chosen for each question answered.</summary>
/// <param name="Answers">One entry per question answered; a question left out is unanswered.</param>
internal sealed record SubmitQuizAttempt(IReadOnlyList<QuizAnswer>? Answers) : IRequest<QuizAttemptResult>
{
    [JsonIgnore]
    public Guid PlaybackId { get; init; }
}

/// <param name="QuestionId">The question.</param>
/// <param name="OptionIds">The options chosen: one for single choice and true/false, one or more for multiple choice.</param>
internal sealed record QuizAnswer(Guid? QuestionId, IReadOnlyList<Guid>? OptionIds);

/// <summary>The graded attempt, kept on the server.</summary>
/// <param name="AttemptId">The attempt.</param>
/// <param name="QuizCompleted">Whether the quiz is now complete under the program's rule (every question answered, or every answer correct).</param>
/// <param name="QuestionCount">Questions in the quiz.</param>
/// <param name="AnsweredCount">Questions this attempt answered.</param>
/// <param name="CorrectCount">Questions this attempt answered correctly.</param>
/// <param name="Results">Per question; the correct options only once the quiz is complete.</param>
/// <param name="Progress">The resource's progress after the attempt (a course test, or a video whose quiz is at its very end, may complete now).</param>
internal sealed record QuizAttemptResult(
    Guid AttemptId,
    bool QuizCompleted,
    int QuestionCount,
    int AnsweredCount,
    int CorrectCount,
    IReadOnlyList<QuestionResult> Results,
    ResourceProgressView Progress);

/// <param name="CorrectOptionIds">The correct options, sent only once the quiz is complete; null before.</param>
internal sealed record QuestionResult(Guid QuestionId, bool Answered, bool Correct, IReadOnlyList<Guid>? CorrectOptionIds);
