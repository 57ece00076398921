using MediatR;
using Xueshi.Accounts.Contracts;
using Xueshi.Enrollment.Contracts;
using Xueshi.Enrollment.Domain;

namespace Xueshi.Enrollment.Features.Admin.Programs.CreateProgram;

/// <summary>A new program, as a draft: teachers see nothing until it is published.</summary>
/// <param name="TrainingId">The 研修 it belongs to, if any.</param>
/// <param name="Title">专题名称, 2 to 100 characters.</param>
/// <param name="Description">专题介绍.</param>
/// <param name="CoverMediaId">An uploaded cover image.</param>
/// <param name="Audience">basicEducation, higherEducation or vocational.</param>
/// <param name="StartsOn">First day of the study window (China Standard Time).</param>
/// <param name="EndsOn">Last day of the study window, not before the first.</param>
/// <param name="CertificateDate">证书发放日期.</param>
/// <param name="SchoolSystems">The 学制 it admits (empty admits all), the message for the others and where to send them.</param>
/// <param name="AdmittedIdentities">Who may enroll; empty means teachers only.</param>
/// <param name="RequiredProfileFields">Profile fields it asks for beyond the standard ones.</param>
/// <param name="Support">Its support contact.</param>
/// <param name="Study">The fastest credited playback rate (default 2×) and when a quiz is complete (default: every question answered).</param>
internal sealed record CreateProgram(
    Guid? TrainingId,
    string? Title,
    string? Description,
    Guid? CoverMediaId,
    Audience? Audience,
    DateOnly? StartsOn,
    DateOnly? EndsOn,
    DateOnly? CertificateDate,
    SchoolSystemPolicy? SchoolSystems,
    IReadOnlyList<AccountIdentity>? AdmittedIdentities,
    IReadOnlyList<ProgramProfileField>? RequiredProfileFields,
    SupportContact? Support,
    StudySettings? Study = null) : IRequest<AdminProgramResponse>, IProgramFields;

internal sealed class CreateProgramValidator : ProgramFieldsValidator<CreateProgram>;
