using MediatR;

namespace Xueshi.Enrollment.Contracts;

/// <summary>
/// The correct answers of a video's quiz or a course test, for the module that grades (Learning
/// progress) and for nobody else: no endpoint ever returns them to a teacher. Null when the resource has no quiz.
/// </summary>
public sealed record GetQuizAnswerKey(Guid ResourceId) : IRequest<QuizAnswerKey?>;

/// <param name="Questions">In the quiz's order.</param>
public sealed record QuizAnswerKey(Guid ResourceId, IReadOnlyList<AnswerKeyQuestion> Questions);

/// <param name="CorrectOptionIds">One for single choice and true/false; one or more for multiple choice.</param>
public sealed record AnswerKeyQuestion(Guid QuestionId, QuestionKind Kind, IReadOnlyList<Guid> OptionIds, IReadOnlyList<Guid> CorrectOptionIds);
