using MediatR;
using Microsoft.EntityFrameworkCore;
using Npgsql;
using Xueshi.BuildingBlocks.Identity;
using Xueshi.BuildingBlocks.Localization;
using Xueshi.Enrollment.Contracts;
using Xueshi.LearningProgress.Contracts;
using Xueshi.LearningProgress.Domain;
using Xueshi.LearningProgress.Persistence;

namespace Xueshi.LearningProgress.Features.StartPlayback;

/// <summary>
/// Checks, in the order a teacher would fix things, that the resource may be studied now (the
/// program's window and the course's opening date in China Standard Time), then opens a playback
/// carrying the facts every heartbeat is judged by, and the resource's progress row that heartbeats update.
/// </summary>
internal sealed class StartPlaybackHandler(LearningProgressDbContext db, ICurrentUser currentUser, IMediator mediator, TimeProvider clock)
    : IRequestHandler<StartPlayback, PlaybackStarted>
{
    public const int HeartbeatIntervalSeconds = 5;

    /// <summary>Resuming within this of the end starts again from the beginning.</summary>
    private const double EndTolerance = 2;

    public async Task<PlaybackStarted> Handle(StartPlayback request, CancellationToken cancellationToken)
    {
        var teacherId = currentUser.RequireAccountId();
        var outline = await mediator.Send(new GetProgramOutline(request.ProgramId), cancellationToken);
        if (outline is null || outline.State == ProgramState.Draft)
        {
            throw LearningProgressErrors.ResourceNotFound.ToException();
        }

        var course = outline.Courses.FirstOrDefault(c => c.Resources.Any(r => r.ResourceId == request.ResourceId))
            ?? throw LearningProgressErrors.ResourceNotFound.ToException();
        var resource = course.Resources.Single(r => r.ResourceId == request.ResourceId);
        if (!await mediator.Send(new IsEnrolled(teacherId, outline.ProgramId), cancellationToken))
        {
            throw LearningProgressErrors.NotEnrolled.ToException();
        }

        var now = clock.GetUtcNow();
        if (now < outline.Window.StartsAt)
        {
            throw LearningProgressErrors.BeforeWindow.ToException(new Dictionary<string, object?> { ["startsOn"] = outline.Window.StartsOn });
        }

        if (now >= outline.Window.EndsAt)
        {
            throw LearningProgressErrors.AfterWindow.ToException(new Dictionary<string, object?> { ["endsOn"] = outline.Window.EndsOn });
        }

        if (course.OpensOn is { } opensOn && now < StudyWindow.StartOf(opensOn))
        {
            throw LearningProgressErrors.CourseNotOpen.ToException(new Dictionary<string, object?> { ["opensOn"] = opensOn });
        }

        if (resource.IsArchived)
        {
            throw LearningProgressErrors.ResourceArchived.ToException();
        }

        if (resource.Kind == ResourceKind.Video && (resource.MediaId is null || resource.DurationSeconds is not > 0))
        {
            throw LearningProgressErrors.ResourceUnavailable.ToException();
        }

        var progress = await db.ResourceProgress
            .SingleOrDefaultAsync(p => p.TeacherId == teacherId && p.ResourceId == resource.ResourceId, cancellationToken);
        if (progress is null)
        {
            progress = ResourceProgress.Begin(teacherId, outline.ProgramId, resource, now);
            db.ResourceProgress.Add(progress);
        }

        var resume = Resume(progress, resource);
        var playback = Domain.Playback.Start(teacherId, outline.ProgramId, resource, outline.Study.MaxPlaybackRate, outline.Window.EndsAt, resume, now);
        db.Playbacks.Add(playback);
        try
        {
            await db.SaveChangesAsync(cancellationToken);
        }
        catch (DbUpdateException e) when (e.InnerException is PostgresException { SqlState: PostgresErrorCodes.UniqueViolation })
        {
            // Another device began the same resource at the same moment: its progress row stands, share it.
            db.ChangeTracker.Clear();
            db.Playbacks.Add(playback);
            await db.SaveChangesAsync(cancellationToken);
            progress = await db.ResourceProgress.AsNoTracking()
                .SingleAsync(p => p.TeacherId == teacherId && p.ResourceId == resource.ResourceId, cancellationToken);
        }

        var missing = await mediator.Send(new GetMissingProfileFields(teacherId, outline.ProgramId), cancellationToken);
        var text = resource.Kind == ResourceKind.Text ? await mediator.Send(new GetResourceText(resource.ResourceId), cancellationToken) : null;
        return new PlaybackStarted(
            playback.Id, outline.ProgramId, course.CourseId, resource.ResourceId, resource.Kind, resource.Title, resource.MediaId,
            resource.DurationSeconds, resource.MinReadingSeconds, text, resume, outline.Study.PlaybackRates, outline.Study.MaxPlaybackRate,
            HeartbeatIntervalSeconds, playback.ExpiresAt,
            resource.QuestionCount > 0
                ? new QuizSummary(resource.QuizPositionSeconds, resource.QuestionCount, progress.QuizCompletedAt is not null,
                    outline.Study.QuizCompletion == QuizCompletion.AllCorrect)
                : null,
            progress.State == LearningState.InProgress && progress.WatchedSeconds == 0 && progress.ReadingSeconds == 0 && progress.QuizAttemptCount == 0
                ? ResourceProgressView.NotStarted with { State = LearningState.InProgress }
                : ResourceProgressView.From(progress),
            missing,
            Notices(request, outline.Study, missing));
    }

    private static double Resume(ResourceProgress progress, ResourceFacts resource) =>
        resource.Kind != ResourceKind.Video || progress.State == LearningState.Completed
            || progress.LastPosition >= (resource.DurationSeconds ?? 0) - EndTolerance
            ? 0
            : Math.Max(0, progress.LastPosition);

    private static List<StudyNotice> Notices(StartPlayback request, StudySettings study, IReadOnlyList<string> missing)
    {
        var notices = new List<StudyNotice>();
        if (request.ClientPlaybackRates is { } offered && study.PlaybackRates.Count > 1
            && study.PlaybackRates.Any(rate => !offered.Any(o => Math.Abs(o - rate) < 0.01)))
        {
            notices.Add(new StudyNotice("learning.client_update_required", Localized.Pick(
                "本专题支持多种播放速度。如果使用客户端学习时无法选择播放速度，请将客户端更新到最新版本。",
                "This program offers several playback speeds; update your client if it cannot offer them.")));
        }

        if (missing.Count > 0)
        {
            notices.Add(new StudyNotice("learning.profile_incomplete", Localized.Pick(
                "您的个人信息尚不完整，请完善个人信息（即使学校已审核通过，本专题要求的信息也需填写），否则学时无法认定。",
                "Your profile lacks fields this program requires; complete it, or your hours cannot be credited.")));
        }

        return notices;
    }
}
