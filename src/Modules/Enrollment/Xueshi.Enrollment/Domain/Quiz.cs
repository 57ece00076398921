using Xueshi.Enrollment.Contracts;

namespace Xueshi.Enrollment.Domain;

/// <summary>
/// A video's end-of-video quiz (视频结尾的测试题, shown at <see cref="PositionSeconds"/>) or a course
/// test (课程测试, no position). The correct answers live here and leave the module only through
/// <see cref="GetQuizAnswerKey"/>.
/// </summary>
internal sealed record Quiz(int? PositionSeconds, IReadOnlyList<QuizQuestion> Questions);

internal sealed record QuizQuestion(Guid Id, QuestionKind Kind, string Text, IReadOnlyList<QuizOption> Options, IReadOnlyList<Guid> CorrectOptionIds);

internal sealed record QuizOption(Guid Id, string Text);
