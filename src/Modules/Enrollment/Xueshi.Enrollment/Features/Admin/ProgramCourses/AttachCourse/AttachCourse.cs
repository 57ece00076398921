using System.ComponentModel.DataAnnotations;
using System.Text.Json.Serialization;
using FluentValidation;
using MediatR;
using Xueshi.BuildingBlocks.Localization;

namespace Xueshi.Enrollment.Features.Admin.ProgramCourses.AttachCourse;

/// <summary>Includes an existing course in the program (a course may belong to several programs).</summary>
/// <param name="CourseId">The course.</param>
/// <param name="Position">Its order in the program, 0 to 1000; leave out to put it last.</param>
/// <param name="OpensOn">Its opening date in this program (China Standard Time); leave out to open with the window.</param>
/// <param name="CarriedFromProgramId">The earlier program it is carried over from (enrollment and progress there count here).</param>
internal sealed record AttachCourse([property: Required] Guid? CourseId, int? Position, DateOnly? OpensOn, Guid? CarriedFromProgramId)
    : IRequest<AdminProgramResponse>
{
    [JsonIgnore]
    public Guid ProgramId { get; init; }

    [JsonIgnore]
    public string? IfMatch { get; init; }
}

internal sealed class AttachCourseValidator : AbstractValidator<AttachCourse>
{
    public AttachCourseValidator()
    {
        RuleFor(r => r.CourseId).NotNull().WithMessage(_ => Localized.Pick("请选择课程。", "Choose a course."));
        CourseLinkRules.Position(this, r => r.Position);
    }
}
