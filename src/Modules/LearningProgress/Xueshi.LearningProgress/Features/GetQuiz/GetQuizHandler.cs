using MediatR;
using Microsoft.EntityFrameworkCore;
using Xueshi.BuildingBlocks.Identity;
using Xueshi.Enrollment.Contracts;
using Xueshi.LearningProgress.Persistence;

namespace Xueshi.LearningProgress.Features.GetQuiz;

/// <summary>Delivers the questions once the playback reached the quiz (a course test at once); the answer key never leaves the server.</summary>
internal sealed class GetQuizHandler(LearningProgressDbContext db, ICurrentUser currentUser, IMediator mediator, TimeProvider clock)
    : IRequestHandler<GetQuiz, QuizView>
{
    public async Task<QuizView> Handle(GetQuiz request, CancellationToken cancellationToken)
    {
        var teacherId = currentUser.RequireAccountId();
        var playback = await QuizDelivery.PlaybackOfAsync(db, teacherId, request.PlaybackId, clock.GetUtcNow(), cancellationToken);
        var progress = await db.ResourceProgress.AsNoTracking()
            .SingleOrDefaultAsync(p => p.TeacherId == teacherId && p.ResourceId == playback.ResourceId, cancellationToken)
            ?? throw LearningProgressErrors.PlaybackNotFound.ToException();
        var paper = await mediator.Send(new GetQuizQuestions(playback.ResourceId), cancellationToken);
        if (paper is null || paper.Questions.Count == 0)
        {
            throw LearningProgressErrors.QuizNotFound.ToException();
        }

        if (!QuizDelivery.IsDue(playback, progress, paper.PositionSeconds))
        {
            throw LearningProgressErrors.QuizNotReached.ToException();
        }

        var outline = await mediator.Send(new GetProgramOutline(playback.ProgramId), cancellationToken);
        return new QuizView(
            playback.ResourceId,
            paper.PositionSeconds,
            progress.QuizCompletedAt is not null,
            outline?.Study.QuizCompletion == QuizCompletion.AllCorrect,
            progress.QuizAttemptCount,
            [.. paper.Questions.Select(q => new QuizQuestionView(q.QuestionId, q.Kind, q.Text, [.. q.Options.Select(o => new QuizOptionView(o.OptionId, o.Text))]))]);
    }
}
