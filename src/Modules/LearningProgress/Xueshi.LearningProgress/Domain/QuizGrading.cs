using Xueshi.Enrollment.Contracts;

namespace Xueshi.LearningProgress.Domain;

/// <summary>
/// Grades an attempt against the answer key, on the server: a question answered is correct when the
/// options chosen are exactly the correct ones (all of them for a multiple-choice question).
/// </summary>
internal static class QuizGrading
{
    /// <summary>The graded attempt; null when an answer names a question or option not in the quiz,
    /// answers a question twice, or picks several options of a single-choice or true/false question.</summary>
    public static QuizGrade? Grade(QuizAnswerKey key, IEnumerable<(Guid QuestionId, IReadOnlyList<Guid> OptionIds)> answers)
    {
        var questions = key.Questions.ToDictionary(q => q.QuestionId);
        var chosen = new Dictionary<Guid, IReadOnlyList<Guid>>();
        foreach (var (questionId, optionIds) in answers)
        {
            if (!questions.TryGetValue(questionId, out var question) || chosen.ContainsKey(questionId))
            {
                return null;
            }

            var options = optionIds.Distinct().ToList();
            if (options.Count == 0 || options.Any(o => !question.OptionIds.Contains(o))
                || (question.Kind != QuestionKind.MultipleChoice && options.Count > 1))
            {
                return null;
            }

            chosen[questionId] = options;
        }

        var results = key.Questions.Select(q => chosen.TryGetValue(q.QuestionId, out var options)
                ? new GradedQuestion(q.QuestionId, options, true, options.ToHashSet().SetEquals(q.CorrectOptionIds), q.CorrectOptionIds)
                : new GradedQuestion(q.QuestionId, [], false, false, q.CorrectOptionIds))
            .ToList();
        return new QuizGrade(results);
    }

    /// <summary>Whether an attempt with this grade completes the quiz under the program's rule.</summary>
    public static bool Passes(QuizGrade grade, QuizCompletion rule) => rule == QuizCompletion.AllCorrect
        ? grade.CorrectCount == grade.Questions.Count
        : grade.AnsweredCount == grade.Questions.Count;
}

/// <param name="Questions">In the quiz's order, answered or not.</param>
internal sealed record QuizGrade(IReadOnlyList<GradedQuestion> Questions)
{
    public int AnsweredCount => Questions.Count(q => q.Answered);

    public int CorrectCount => Questions.Count(q => q.Correct);

    /// <summary>What the attempt row keeps: the answered questions and their options.</summary>
    public IReadOnlyList<AttemptAnswer> Answers =>
        [.. Questions.Where(q => q.Answered).Select(q => new AttemptAnswer(q.QuestionId, q.ChosenOptionIds, q.Correct))];
}

internal sealed record GradedQuestion(Guid QuestionId, IReadOnlyList<Guid> ChosenOptionIds, bool Answered, bool Correct, IReadOnlyList<Guid> CorrectOptionIds);
