namespace Xueshi.LearningProgress.Domain;

/// <summary>One submitted attempt at a video's quiz or a course test, graded on the server and kept.</summary>
internal sealed class QuizAttempt
{
    private QuizAttempt()
    {
    }

    public Guid TeacherId { get; private set; }

    public Guid Id { get; private set; }

    public Guid ResourceId { get; private set; }

    public Guid ProgramId { get; private set; }

    public DateTimeOffset SubmittedAt { get; private set; }

    /// <summary>The options chosen, per question.</summary>
    public IReadOnlyList<AttemptAnswer> Answers { get; private set; } = [];

    public int QuestionCount { get; private set; }

    public int AnsweredCount { get; private set; }

    public int CorrectCount { get; private set; }

    /// <summary>Whether this attempt completed the quiz under the program's rule.</summary>
    public bool Completes { get; private set; }

    public static QuizAttempt Record(
        Guid teacherId, Guid resourceId, Guid programId, IReadOnlyList<AttemptAnswer> answers, int questionCount, int answered, int correct,
        bool completes, DateTimeOffset now) =>
        new()
        {
            TeacherId = teacherId,
            Id = Guid.CreateVersion7(now),
            ResourceId = resourceId,
            ProgramId = programId,
            SubmittedAt = now,
            Answers = answers,
            QuestionCount = questionCount,
            AnsweredCount = answered,
            CorrectCount = correct,
            Completes = completes,
        };
}

/// <param name="Correct">Whether the chosen options are exactly the correct ones.</param>
internal sealed record AttemptAnswer(Guid QuestionId, IReadOnlyList<Guid> OptionIds, bool Correct);
