using Xueshi.Certificates.Domain;
using Xueshi.Certificates.Persistence;

namespace Xueshi.Certificates.Features.Views;

/// <param name="Code">certificates.* or credit.*, stable.</param>
/// <param name="Message">In the teacher's words.</param>
internal sealed record ConditionView(string Code, string Message);

/// <param name="ProgramId">The program.</param>
/// <param name="Title">Its title.</param>
/// <param name="EndsOn">The last day of its study window.</param>
internal sealed record SchemeProgramView(Guid ProgramId, string Title, DateOnly EndsOn);

/// <param name="SchemeId">The program's id, or the training's for a group certificate.</param>
/// <param name="Kind">program: the program's own; training: one certificate for the training's programs.</param>
/// <param name="Title">What the certificate is for.</param>
/// <param name="ClaimableOn">The first day it can be claimed (China Standard Time).</param>
/// <param name="Programs">The programs it covers.</param>
internal sealed record CertificateSchemeView(Guid SchemeId, SchemeKind Kind, string Title, DateOnly ClaimableOn, IReadOnlyList<SchemeProgramView> Programs);

/// <param name="Title">The course.</param>
/// <param name="Hours">Hours credited from it.</param>
internal sealed record CertificateCourseView(string Title, decimal Hours);

/// <param name="ProgramId">The program.</param>
/// <param name="Title">Its title.</param>
/// <param name="Hours">Hours credited in it.</param>
/// <param name="Courses">The courses that credited hours.</param>
internal sealed record CertificateProgramView(Guid ProgramId, string Title, decimal Hours, IReadOnlyList<CertificateCourseView> Courses);

/// <summary>A claimed certificate as its owner lists it. Personal data is masked here; the PDF download shows it in full.</summary>
/// <param name="Id">The certificate.</param>
/// <param name="Serial">证书编号.</param>
/// <param name="VerificationCode">验证码, asked with the serial on the public verification page.</param>
/// <param name="Status">valid, or void (作废) once a data correction replaced it.</param>
/// <param name="SchemeId">The program's id or the training's.</param>
/// <param name="Kind">program or training.</param>
/// <param name="Title">What it is for.</param>
/// <param name="HolderName">姓名, masked (李**).</param>
/// <param name="IdNumber">证件号码, masked (37**************23).</param>
/// <param name="SchoolName">所在学校.</param>
/// <param name="TotalHours">学时 in all.</param>
/// <param name="Programs">Hours per program and course.</param>
/// <param name="IssuedOn">发证日期.</param>
/// <param name="Issuer">发证单位.</param>
/// <param name="IssuedAt">When it was confirmed.</param>
/// <param name="VoidedAt">When it became void; null while valid.</param>
/// <param name="SupersededById">The certificate that replaced it; null while valid.</param>
internal sealed record CertificateView(
    Guid Id,
    string Serial,
    string VerificationCode,
    CertificateStatus Status,
    Guid SchemeId,
    SchemeKind Kind,
    string Title,
    string HolderName,
    string IdNumber,
    string SchoolName,
    decimal TotalHours,
    IReadOnlyList<CertificateProgramView> Programs,
    DateOnly IssuedOn,
    string Issuer,
    DateTimeOffset IssuedAt,
    DateTimeOffset? VoidedAt,
    Guid? SupersededById)
{
    public static CertificateView Of(IssuedCertificate c) => new(
        c.Id, c.Serial, c.VerificationCode, c.Status, c.SchemeId, c.SchemeKind, c.Title, c.HolderNameMasked, c.IdNumberMasked, c.SchoolName,
        c.TotalHours, [.. c.Programs.Select(CertificateViewMapping.Program)], c.IssuedOn, c.Issuer, c.IssuedAt, c.VoidedAt, c.SupersededById);
}

internal static class CertificateViewMapping
{
    public static CertificateProgramView Program(CertificateProgramRecord p) =>
        new(p.ProgramId, p.Title, p.Hours, [.. p.Courses.Select(c => new CertificateCourseView(c.Title, c.Hours))]);

    public static CertificateSchemeView Scheme(CertificateScheme s) =>
        new(s.SchemeId, s.Kind, s.Title, s.ClaimableOn, [.. s.Programs.Select(p => new SchemeProgramView(p.ProgramId, p.Title, p.Window.EndsOn))]);
}
