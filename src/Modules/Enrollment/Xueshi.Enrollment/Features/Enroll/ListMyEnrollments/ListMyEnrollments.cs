using MediatR;
using Xueshi.Enrollment.Contracts;
using Xueshi.Enrollment.Features.Catalog;

namespace Xueshi.Enrollment.Features.Enroll.ListMyEnrollments;

internal sealed record ListMyEnrollments : IRequest<IReadOnlyList<MyProgram>>;

/// <summary>One program of 我的培训.</summary>
/// <param name="StartsOn">First day of the study window (China Standard Time).</param>
/// <param name="EndsOn">Last day of the study window, inclusive (China Standard Time).</param>
/// <param name="Status">Open now, upcoming or ended, as of today in Beijing.</param>
/// <param name="EnrollmentId">The enrollment that counts.</param>
/// <param name="EnrolledThroughProgramId">Set when the program counts an enrollment in an earlier program it carries courses over from.</param>
internal sealed record MyProgram(
    Guid ProgramId,
    string Title,
    Guid? CoverMediaId,
    Audience Audience,
    DateOnly StartsOn,
    DateOnly EndsOn,
    ProgramStatus Status,
    Guid EnrollmentId,
    DateTimeOffset EnrolledAt,
    Guid? EnrolledThroughProgramId);
