using MediatR;
using Microsoft.EntityFrameworkCore;
using Xueshi.BuildingBlocks.Identity;
using Xueshi.Enrollment.Contracts;
using Xueshi.LearningProgress.Domain;
using Xueshi.LearningProgress.Persistence;

namespace Xueshi.LearningProgress.Features.SubmitQuizAttempt;

/// <summary>
/// Grades an attempt against the answer key and keeps it. When it passes under the program's rule the
/// quiz is complete, and in the same transaction the completion rule decides whether the resource is
/// complete too (a course test at once; a video whose quiz is at its very end). The progress row is
/// locked first, so two attempts at once complete (and publish) once.
/// </summary>
internal sealed class SubmitQuizAttemptHandler(LearningProgressDbContext db, ICurrentUser currentUser, IMediator mediator, TimeProvider clock)
    : IRequestHandler<SubmitQuizAttempt, QuizAttemptResult>
{
    public async Task<QuizAttemptResult> Handle(SubmitQuizAttempt request, CancellationToken cancellationToken)
    {
        var teacherId = currentUser.RequireAccountId();
        var now = clock.GetUtcNow();
        var playback = await QuizDelivery.PlaybackOfAsync(db, teacherId, request.PlaybackId, now, cancellationToken);
        var key = await mediator.Send(new GetQuizAnswerKey(playback.ResourceId), cancellationToken);
        if (key is null || key.Questions.Count == 0)
        {
            throw LearningProgressErrors.QuizNotFound.ToException();
        }

        var outline = await mediator.Send(new GetProgramOutline(playback.ProgramId), cancellationToken);

        await using var transaction = await db.Database.BeginTransactionAsync(cancellationToken);
        var progress = (await db.ResourceProgress
                .FromSql($"SELECT * FROM learning_progress.resource_progress WHERE teacher_id = {teacherId} AND resource_id = {playback.ResourceId} FOR UPDATE")
                .ToListAsync(cancellationToken))
            .SingleOrDefault() ?? throw LearningProgressErrors.PlaybackNotFound.ToException();

        // Judged on the playback as it is now: a heartbeat may have reached the quiz since it was read.
        var current = await db.Playbacks.AsNoTracking().SingleAsync(p => p.TeacherId == teacherId && p.Id == playback.Id, cancellationToken);
        if (!QuizDelivery.IsDue(current, progress, paperPosition: null))
        {
            throw LearningProgressErrors.QuizNotReached.ToException();
        }

        if (now >= playback.WindowEndsAt)
        {
            throw LearningProgressErrors.AfterWindow.ToException();
        }

        var grade = QuizGrading.Grade(key, request.Answers!.Select(a => (a.QuestionId!.Value, a.OptionIds!)))
            ?? throw LearningProgressErrors.QuizAnswerInvalid.ToException();
        var passes = QuizGrading.Passes(grade, outline?.Study.QuizCompletion ?? QuizCompletion.AllAnswered);

        var attempt = QuizAttempt.Record(teacherId, playback.ResourceId, playback.ProgramId, grade.Answers, grade.Questions.Count,
            grade.AnsweredCount, grade.CorrectCount, passes, now);
        db.QuizAttempts.Add(attempt);
        progress.CountAttempt(now);
        if (passes)
        {
            progress.CompleteQuiz(now);
        }

        await db.SaveChangesAsync(cancellationToken);
        if (progress.QuizCompletedAt is not null)
        {
            await ResourceCompletion.CompleteIfDoneAsync(db, teacherId, playback.ResourceId, playback.ProgramId, now, cancellationToken);
        }

        await transaction.CommitAsync(cancellationToken);
        await db.Entry(progress).ReloadAsync(cancellationToken);

        var complete = progress.QuizCompletedAt is not null;
        return new QuizAttemptResult(
            attempt.Id, complete, grade.Questions.Count, grade.AnsweredCount, grade.CorrectCount,
            [.. grade.Questions.Select(q => new QuestionResult(q.QuestionId, q.Answered, q.Correct, complete ? q.CorrectOptionIds : null))],
            ResourceProgressView.From(progress));
    }
}
