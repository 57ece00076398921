using MediatR;

namespace Xueshi.Accounts.Contracts;

/// <summary>
/// The teacher's own data, in full, as a certificate records it at claim (姓名, 证件号码, 所在学校). Only Certificates asks,
/// and only for the teacher's own claim: the full ID number leaves Accounts for the owner's certificate and nothing else.
/// Null when there is no such account.
/// </summary>
public sealed record GetCertificateHolder(Guid AccountId) : IRequest<CertificateHolder?>;

/// <param name="AccountId">The teacher.</param>
/// <param name="RealName">姓名; null when not filled.</param>
/// <param name="IdNumber">证件号码 in full; null when not filled.</param>
/// <param name="NameMasked">The name as everyone but the owner and the own school sees it (李*英 → 李**).</param>
/// <param name="IdNumberMasked">The ID number as everyone else sees it (37**************23).</param>
/// <param name="IdNumberForSchool">The ID number to its first 6 and last 4 characters (110105********1234), as the own school sees it.</param>
/// <param name="SchoolId">The verified school, if any.</param>
/// <param name="SchoolName">Its name.</param>
/// <param name="RegionPath">Province, city and county of the school.</param>
/// <param name="Verification">审核认证 by the school.</param>
public sealed record CertificateHolder(
    Guid AccountId,
    string? RealName,
    string? IdNumber,
    string? NameMasked,
    string? IdNumberMasked,
    string? IdNumberForSchool,
    Guid? SchoolId,
    string? SchoolName,
    IReadOnlyList<string> RegionPath,
    VerificationStatus Verification);
