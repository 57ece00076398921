using System.ComponentModel.DataAnnotations;
using MediatR;
using Xueshi.Accounts.Contracts;

namespace Xueshi.Accounts.Features.Consents.ChooseBasics;

/// <param name="Identity">身份: teacher, student, parent, researcher, itStaff or manager.</param>
/// <param name="Nickname">昵称, 1 to 20 characters.</param>
/// <param name="UserAgreementVersion">我已阅读并同意: the version of 用户协议 the person was shown; it must be the current one.</param>
/// <param name="PrivacyPolicyVersion">The version of 隐私政策 the person was shown; it must be the current one.</param>
internal sealed record ChooseBasics(
    [property: Required] AccountIdentity? Identity,
    string Nickname,
    [property: Required] int? UserAgreementVersion,
    [property: Required] int? PrivacyPolicyVersion) : IRequest;
