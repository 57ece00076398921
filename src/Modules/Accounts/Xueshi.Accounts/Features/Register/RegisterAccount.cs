using System.ComponentModel.DataAnnotations;
using MediatR;
using Xueshi.Accounts.Contracts;

namespace Xueshi.Accounts.Features.Register;

/// <param name="Phone">Mainland mobile number; it becomes the account.</param>
/// <param name="SmsCode">The 6-digit code sent for purpose register.</param>
/// <param name="Password">8 to 64 characters with at least one letter and one digit.</param>
/// <param name="Identity">身份: teacher, student, parent, researcher, itStaff or manager.</param>
/// <param name="Nickname">昵称, 1 to 20 characters.</param>
/// <param name="UserAgreementVersion">我已阅读并同意: the version of 用户协议 the person was shown (GET /api/v1/legal-documents);
/// 409 accounts.legal_versions_outdated when it is no longer the current one.</param>
/// <param name="PrivacyPolicyVersion">The version of 隐私政策 the person was shown, as for userAgreementVersion.</param>
internal sealed record RegisterAccount(
    string Phone,
    string SmsCode,
    string Password,
    [property: Required] AccountIdentity? Identity,
    string Nickname,
    [property: Required] int? UserAgreementVersion,
    [property: Required] int? PrivacyPolicyVersion) : IRequest<AccountCreated>;

internal sealed record AccountCreated(Guid AccountId, string Phone, AccountIdentity Identity, string Nickname);
