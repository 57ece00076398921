using System.Linq.Expressions;
using FluentValidation;
using Microsoft.EntityFrameworkCore;
using Xueshi.BuildingBlocks.Localization;
using Xueshi.BuildingBlocks.Validation;
using Xueshi.Enrollment.Persistence;

namespace Xueshi.Enrollment.Features.Admin.Trainings;

internal static class TrainingFields
{
    public static void Apply<T>(AbstractValidator<T> validator, Expression<Func<T, string?>> title, Expression<Func<T, string?>> description)
    {
        validator.RuleFor(title).Text(2, 100)
            .WithMessage(_ => Localized.Pick("研修名称为2-100个字。", "The title has 2 to 100 characters."));
        validator.RuleFor(description).Text(0, 4000)
            .WithMessage(_ => Localized.Pick("研修介绍最多4000个字。", "The description has at most 4000 characters."));
    }

    public static async Task<AdminTrainingResponse> ViewAsync(EnrollmentDbContext db, Guid id, CancellationToken ct)
    {
        var training = await db.Trainings.AsNoTracking().SingleOrDefaultAsync(t => t.Id == id, ct)
            ?? throw EnrollmentErrors.TrainingNotFound.ToException();
        var programs = await db.Programs.AsNoTracking().Where(p => p.TrainingId == id).OrderBy(p => p.Audience).Select(p => p.Id).ToListAsync(ct);
        return new AdminTrainingResponse(training.Id, training.Title, training.Description, programs, training.Revision, training.UpdatedAt);
    }
}
