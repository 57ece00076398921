using MediatR;
using Xueshi.Enrollment.Contracts;

namespace Xueshi.LearningProgress.Features.GetQuiz;

internal sealed record GetQuiz(Guid PlaybackId) : IRequest<QuizView>;

/// <summary>A video's quiz or a course test as the teacher answers it: never which options are correct.</summary>
/// <param name="ResourceId">The resource.</param>
/// <param name="PositionSeconds">Where a video's quiz appears; null for a course test.</param>
/// <param name="Completed">Whether it is already complete.</param>
/// <param name="RequiresCorrectAnswers">True when the program demands correct answers; otherwise answering every question completes it.</param>
/// <param name="AttemptCount">Attempts made so far.</param>
/// <param name="Questions">In order.</param>
internal sealed record QuizView(
    Guid ResourceId,
    int? PositionSeconds,
    bool Completed,
    bool RequiresCorrectAnswers,
    int AttemptCount,
    IReadOnlyList<QuizQuestionView> Questions);

/// <param name="Kind">singleChoice, multipleChoice or trueFalse.</param>
internal sealed record QuizQuestionView(Guid QuestionId, QuestionKind Kind, string Text, IReadOnlyList<QuizOptionView> Options);

internal sealed record QuizOptionView(Guid OptionId, string Text);
