using MediatR;
using Xueshi.Accounts.Contracts;
using Xueshi.Enrollment.Contracts;

namespace Xueshi.Enrollment.Features.Catalog.GetProgram;

internal sealed record GetProgram(Guid ProgramId) : IRequest<ProgramDetail>;

/// <summary>
/// The program page, the same for every reader (so its ETag is shared); the reader's own enrollment
/// is GET /programs/{id}/enrollment.
/// </summary>
/// <param name="StartsOn">First day of the study window (China Standard Time, from 00:00).</param>
/// <param name="EndsOn">Last day of the study window (China Standard Time, until 24:00).</param>
/// <param name="CertificateDate">证书发放日期 (China Standard Time), when the program has a certificate.</param>
/// <param name="Status">Open now, upcoming or ended, as of today in Beijing.</param>
/// <param name="AdmittedIdentities">Who may enroll: teacher, and the staff identities the program lists.</param>
/// <param name="RequiredProfileFields">Profile fields the program asks for beyond the standard ones.</param>
/// <param name="Courses">In the program's order.</param>
internal sealed record ProgramDetail(
    Guid Id,
    Guid? TrainingId,
    string? TrainingTitle,
    string Title,
    string Description,
    Guid? CoverMediaId,
    Audience Audience,
    DateOnly StartsOn,
    DateOnly EndsOn,
    DateOnly? CertificateDate,
    ProgramState State,
    ProgramStatus Status,
    ProgramSupport Support,
    IReadOnlyList<AccountIdentity> AdmittedIdentities,
    IReadOnlyList<ProgramProfileField> RequiredProfileFields,
    IReadOnlyList<ProgramCourseItem> Courses);

/// <param name="Phone">技术支持电话.</param>
/// <param name="Hours">服务时间.</param>
/// <param name="QqGroup">QQ群.</param>
internal sealed record ProgramSupport(string? Phone, string? Hours, string? QqGroup);

/// <param name="OpensOn">The course's opening date in this program (China Standard Time): its own date, or the window's first day.</param>
/// <param name="IsOpen">The opening date has come (today in Beijing).</param>
/// <param name="CarriedFromProgramId">The earlier program the course is carried over from: enrollment there counts here.</param>
/// <param name="LecturerNames">主讲人.</param>
/// <param name="ResourceCount">Resources not archived, extension resources included.</param>
/// <param name="VideoSeconds">Total duration of its videos in seconds (extension videos included).</param>
internal sealed record ProgramCourseItem(
    Guid CourseId,
    string Title,
    int Position,
    DateOnly OpensOn,
    bool IsOpen,
    Guid? CarriedFromProgramId,
    IReadOnlyList<string> LecturerNames,
    int ResourceCount,
    double VideoSeconds);
