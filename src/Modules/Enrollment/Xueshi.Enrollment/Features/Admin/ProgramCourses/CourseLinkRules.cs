using FluentValidation;
using Microsoft.EntityFrameworkCore;
using Xueshi.BuildingBlocks.Localization;
using Xueshi.Enrollment.Contracts;
using Xueshi.Enrollment.Domain;

namespace Xueshi.Enrollment.Features.Admin.ProgramCourses;

internal static class CourseLinkRules
{
    public const int MaxPosition = 1000;

    public static void Position<T>(AbstractValidator<T> validator, System.Linq.Expressions.Expression<Func<T, int?>> position) =>
        validator.RuleFor(position).InclusiveBetween(0, MaxPosition)
            .WithMessage(_ => Localized.Pick("顺序为0-1000。", "The position is 0 to 1000."));

    /// <summary>The program a course is carried from must exist, be another program, and include the course.</summary>
    public static async Task CheckCarriedFromAsync(Persistence.EnrollmentDbContext db, Guid programId, Guid courseId, Guid? carriedFrom, CancellationToken ct)
    {
        if (carriedFrom is { } from
            && (from == programId || !await db.ProgramCourses.AnyAsync(l => l.ProgramId == from && l.CourseId == courseId, ct)))
        {
            throw CatalogAdminErrors.CarriedFromNotFound.ToException();
        }
    }

    /// <summary>In a published program a course's opening must lie in the window.</summary>
    public static void CheckOpening(TrainingProgram program, DateOnly? opensOn)
    {
        if (program.State == ProgramState.Published)
        {
            CatalogCoherence.ThrowIfAny(CatalogCoherence.Opening("opensOn", opensOn, program.StartsOn, program.EndsOn).ToList());
        }
    }
}
