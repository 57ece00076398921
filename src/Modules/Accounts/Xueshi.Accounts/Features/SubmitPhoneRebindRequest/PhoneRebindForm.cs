using Microsoft.AspNetCore.Http;

namespace Xueshi.Accounts.Features.SubmitPhoneRebindRequest;

/// <summary>换绑申请 when the old phone is gone: what the person sends to support.</summary>
/// <param name="RealName">姓名, as on the ID document.</param>
/// <param name="IdType">证件类型: residentId, hongKongMacauPermit, taiwanPermit, passport or foreignPermanentResidentId.</param>
/// <param name="IdNumber">证件号码; a resident ID number must pass its GB 11643 check digit.</param>
/// <param name="OldPhone">The number the account had (原手机号).</param>
/// <param name="NewPhone">The new number (新手机号); it must not be registered.</param>
/// <param name="NewPhoneCode">The code sent to the new phone for purpose rebindNewPhone.</param>
/// <param name="Photo">A recent photo holding the ID document (手持身份证近照): JPEG or PNG, at most 5 MB.</param>
internal sealed record PhoneRebindForm(
    string? RealName,
    string? IdType,
    string? IdNumber,
    string? OldPhone,
    string? NewPhone,
    string? NewPhoneCode,
    IFormFile? Photo);
