using FluentValidation;
using MediatR;
using Xueshi.Certificates.Domain;
using Xueshi.Certificates.Persistence;

namespace Xueshi.Certificates.Features.SchoolCertificates;

/// <summary>Which certificates of a school: valid ones (the default), void ones, or all.</summary>
internal enum CertificateStatusFilter
{
    Valid,
    Void,
    All,
}

/// <summary>A school's certificates, for its administrator, who records the hours in each teacher's training file.</summary>
internal sealed record ListSchoolCertificates(Guid SchoolId, Guid? ProgramId, string? Status, int Page, int PageSize)
    : IRequest<SchoolCertificatesPage>
{
    public CertificateStatusFilter StatusFilter => StatusFilters.Parse(Status) ?? CertificateStatusFilter.Valid;
}

internal static class StatusFilters
{
    public static CertificateStatusFilter? Parse(string? value) => value?.Trim().ToLowerInvariant() switch
    {
        null or "" or "valid" => CertificateStatusFilter.Valid,
        "void" => CertificateStatusFilter.Void,
        "all" => CertificateStatusFilter.All,
        _ => null,
    };
}

/// <param name="ProgramId">The program.</param>
/// <param name="Title">Its title.</param>
/// <param name="Hours">Hours credited in it.</param>
internal sealed record SchoolCertificateProgramView(Guid ProgramId, string Title, decimal Hours);

/// <param name="CertificateId">The certificate.</param>
/// <param name="TeacherId">Its holder.</param>
/// <param name="HolderName">姓名 in full: the school knows its teachers by name.</param>
/// <param name="IdNumber">证件号码 to its first 6 and last 4 characters (110105********1234).</param>
/// <param name="Serial">证书编号.</param>
/// <param name="Status">valid or void.</param>
/// <param name="Kind">program or training.</param>
/// <param name="Title">What it certifies.</param>
/// <param name="Programs">Hours per program.</param>
/// <param name="TotalHours">学时 in all.</param>
/// <param name="IssuedOn">发证日期.</param>
/// <param name="VoidedAt">When it became void.</param>
internal sealed record SchoolCertificateView(
    Guid CertificateId,
    Guid TeacherId,
    string HolderName,
    string IdNumber,
    string Serial,
    CertificateStatus Status,
    SchemeKind Kind,
    string Title,
    IReadOnlyList<SchoolCertificateProgramView> Programs,
    decimal TotalHours,
    DateOnly IssuedOn,
    DateTimeOffset? VoidedAt);

/// <param name="Items">This page, newest first.</param>
/// <param name="Total">All that match.</param>
/// <param name="Page">1-based.</param>
/// <param name="PageSize">At most 200.</param>
internal sealed record SchoolCertificatesPage(IReadOnlyList<SchoolCertificateView> Items, int Total, int Page, int PageSize);

internal sealed class ListSchoolCertificatesValidator : AbstractValidator<ListSchoolCertificates>
{
    public ListSchoolCertificatesValidator()
    {
        RuleFor(q => q.Page).GreaterThanOrEqualTo(1).LessThanOrEqualTo(100_000);
        RuleFor(q => q.PageSize).InclusiveBetween(1, 200);
        RuleFor(q => q.Status).MaximumLength(8).Must(s => StatusFilters.Parse(s) is not null).WithMessage("valid, void or all.");
    }
}

/// <summary>The CSV of a school's certificates, streamed (no MediatR response: the endpoint writes the rows as it reads them).</summary>
/// <param name="SchoolId">The school.</param>
/// <param name="ProgramId">Only certificates that record this program.</param>
/// <param name="Status">valid (default), void or all.</param>
internal sealed record ExportSchoolCertificates(Guid SchoolId, Guid? ProgramId, string? Status);

internal sealed class ExportSchoolCertificatesValidator : AbstractValidator<ExportSchoolCertificates>
{
    public ExportSchoolCertificatesValidator() =>
        RuleFor(q => q.Status).MaximumLength(8).Must(s => StatusFilters.Parse(s) is not null).WithMessage("valid, void or all.");
}
