using System.ComponentModel.DataAnnotations;
using MediatR;

namespace Xueshi.Accounts.Features.Consents.GiveConsent;

/// <param name="UserAgreementVersion">我已阅读并同意: the version of 用户协议 the person was shown; it must be the current one.</param>
/// <param name="PrivacyPolicyVersion">The version of 隐私政策 the person was shown; it must be the current one.</param>
internal sealed record GiveConsent([property: Required] int? UserAgreementVersion, [property: Required] int? PrivacyPolicyVersion) : IRequest;
