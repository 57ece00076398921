using MediatR;

namespace Xueshi.Enrollment.Contracts;

/// <summary>
/// A video's quiz or a course test as a teacher may see it: questions and options, never which
/// options are correct. Null when the resource has no quiz.
/// </summary>
public sealed record GetQuizQuestions(Guid ResourceId) : IRequest<QuizPaper?>;

/// <param name="PositionSeconds">Where a video's quiz appears; null for a course test.</param>
/// <param name="Questions">In the quiz's order.</param>
public sealed record QuizPaper(Guid ResourceId, int? PositionSeconds, IReadOnlyList<PaperQuestion> Questions);

public sealed record PaperQuestion(Guid QuestionId, QuestionKind Kind, string Text, IReadOnlyList<PaperOption> Options);

public sealed record PaperOption(Guid OptionId, string Text);
