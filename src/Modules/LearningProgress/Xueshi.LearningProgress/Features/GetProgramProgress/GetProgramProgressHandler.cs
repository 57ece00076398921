using MediatR;
using Microsoft.EntityFrameworkCore;
using Xueshi.BuildingBlocks.Identity;
using Xueshi.Enrollment.Contracts;
using Xueshi.LearningProgress.Contracts;
using Xueshi.LearningProgress.Domain;
using Xueshi.LearningProgress.Persistence;

namespace Xueshi.LearningProgress.Features.GetProgramProgress;

/// <summary>
/// 查看学习进度: the program's outline joined with the teacher's progress rows, read in one query. Progress
/// is the teacher's on the resource wherever it was made (a shared course shows what was done elsewhere).
/// An archived resource shows only when it was started: its progress is kept.
/// </summary>
internal sealed class GetProgramProgressHandler(LearningProgressDbContext db, ICurrentUser currentUser, IMediator mediator)
    : IRequestHandler<GetProgramProgress, ProgramProgressView>
{
    public async Task<ProgramProgressView> Handle(GetProgramProgress request, CancellationToken cancellationToken)
    {
        var teacherId = currentUser.RequireAccountId();
        var outline = await mediator.Send(new GetProgramOutline(request.ProgramId), cancellationToken);
        if (outline is null || outline.State == ProgramState.Draft)
        {
            throw LearningProgressErrors.ProgramNotFound.ToException();
        }

        if (!await mediator.Send(new IsEnrolled(teacherId, outline.ProgramId), cancellationToken))
        {
            throw LearningProgressErrors.NotEnrolled.ToException();
        }

        var resourceIds = outline.Courses.SelectMany(c => c.Resources).Select(r => r.ResourceId).Distinct().ToList();
        var rows = await db.ResourceProgress.AsNoTracking()
            .Where(p => p.TeacherId == teacherId && resourceIds.Contains(p.ResourceId))
            .ToDictionaryAsync(p => p.ResourceId, cancellationToken);

        var courses = outline.Courses.Select(course =>
        {
            var items = course.Resources
                .Where(r => !r.IsArchived || rows.ContainsKey(r.ResourceId))
                .Select(r => Item(r, rows.GetValueOrDefault(r.ResourceId)))
                .ToList();
            return new CourseProgressView(course.CourseId, course.Title, items.Sum(i => i.Progress.StudySeconds),
                items.Count(i => i.Progress.State == LearningState.Completed), items.Count, items);
        }).ToList();

        return new ProgramProgressView(outline.ProgramId, courses.Sum(c => c.StudySeconds), courses.Sum(c => c.CompletedCount),
            courses.Sum(c => c.ResourceCount), courses);
    }

    private static ResourceProgressItem Item(ResourceFacts resource, ResourceProgress? progress) => new(
        resource.ResourceId,
        resource.Title,
        resource.Kind,
        resource.IsExtension,
        resource.IsArchived,
        resource.DurationSeconds,
        ResumeAt(resource, progress),
        ResourceProgressView.From(progress),
        IncompleteReasons.Of(resource, progress));

    /// <summary>As the player resumes (StartPlayback): where it stopped, or the beginning after the end or once complete.</summary>
    private static double ResumeAt(ResourceFacts resource, ResourceProgress? progress) =>
        progress is null || resource.Kind != ResourceKind.Video || progress.State == LearningState.Completed
        || progress.LastPosition >= (resource.DurationSeconds ?? 0) - CompletionRule.EndToleranceSeconds
            ? 0
            : Math.Max(0, progress.LastPosition);
}
