using MediatR;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Xueshi.Accounts.Contracts;
using Xueshi.Enrollment.Contracts;
using Xueshi.Enrollment.Domain;
using Xueshi.Enrollment.Media.Demo;
using Xueshi.Enrollment.Persistence;

namespace Xueshi.Enrollment.DemoData;

/// <summary>
/// The demo catalog: the six editions, the 2023 winter training and the open 演示专题 with 张老师
/// enrolled. Loaded only with Xueshi:DemoData; idempotent (keyed by the programs' titles), and the
/// demo program's window is moved forward when it has ended, so a long-lived demo stays clickable.
/// </summary>
internal static class EnrollmentDemoData
{
    /// <summary>张老师, the demo teacher of the Accounts demo data.</summary>
    public const string DemoTeacherPhone = "13800000001";

    public static async Task SeedAsync(IServiceProvider services, CancellationToken cancellationToken)
    {
        await using var scope = services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<EnrollmentDbContext>();
        var mediator = scope.ServiceProvider.GetRequiredService<IMediator>();
        var now = scope.ServiceProvider.GetRequiredService<TimeProvider>().GetUtcNow();
        var media = await MediaAsync(scope.ServiceProvider, db, cancellationToken);
        var builder = new CatalogBuilder(db, media, now);

        var existing = await db.Programs.Select(p => p.Title).ToListAsync(cancellationToken);
        if (!existing.Contains(DemoEditions.Winter2023Basic))
        {
            var training = Training.Create(DemoEditions.Winter2023Training,
                "2023年寒假教师研修按学段设基础教育、高等教育、职业教育学习入口；证书待寒假研修所有专题培训结束后统一发放。", now);
            db.Trainings.Add(training);
            DemoEditions.Add(builder, training, media.Cover);
        }

        var demo = await db.Programs.SingleOrDefaultAsync(p => p.Title == DemoProgram.Title, cancellationToken);
        if (demo is null)
        {
            demo = DemoProgram.Add(builder, media, now);
        }
        else if (!demo.Window.Contains(now))
        {
            demo.Edit(DemoProgram.Details(now, demo.CoverMediaId), now);
        }

        if (await mediator.Send(new FindAccountByPhone(DemoTeacherPhone), cancellationToken) is { } zhang
            && !await db.Enrollments.AnyAsync(e => e.TeacherId == zhang && e.ProgramId == demo.Id, cancellationToken))
        {
            var enrollment = ProgramEnrollment.Create(zhang, demo.Id, now);
            db.Enrollments.Add(enrollment);
            db.Publish(new TeacherEnrolled(Guid.CreateVersion7(now), now, enrollment.Id, zhang, demo.Id));
        }

        await db.SaveChangesAsync(cancellationToken);
    }

    /// <summary>The generated demo media with the durations ffprobe measured, which the placeholder videos copy.</summary>
    private static async Task<DemoCatalogMedia> MediaAsync(IServiceProvider services, EnrollmentDbContext db, CancellationToken cancellationToken)
    {
        var ids = await services.GetRequiredService<DemoMediaLibrary>().EnsureAsync(cancellationToken);
        var videoIds = ids.Videos.ToList();
        var durations = await db.MediaFiles.AsNoTracking().Where(m => videoIds.Contains(m.Id))
            .ToDictionaryAsync(m => m.Id, m => m.DurationSeconds ?? 0, cancellationToken);
        return new DemoCatalogMedia(videoIds.Select(id => new DemoVideo(id, durations[id])).ToList(), ids.Pdf, ids.Cover);
    }
}
