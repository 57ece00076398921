using Microsoft.AspNetCore.Http;

namespace Xueshi.Accounts.Features.SubmitPhoneRebindRequest;

/// <summary>换绑申请 when the old phone is gone: what the person sends to support.</summary>
// Settable properties rather than a positional record: the form binder insists on every
// constructor parameter, and a missing field must reach the validator to be named, not fail binding.
internal sealed class PhoneRebindForm
{
    /// <summary>姓名, as on the ID document.</summary>
    public string? RealName { get; set; }

    /// <summary>证件类型: residentId, hongKongMacauPermit, taiwanPermit, passport or foreignPermanentResidentId.</summary>
    public string? IdType { get; set; }

    /// <summary>证件号码; a resident ID number must pass its GB 11643 check digit.</summary>
    public string? IdNumber { get; set; }

    /// <summary>The number the account had (原手机号).</summary>
    public string? OldPhone { get; set; }

    /// <summary>The new number (新手机号); it must not be registered.</summary>
    public string? NewPhone { get; set; }

    /// <summary>The code sent to the new phone for purpose rebindNewPhone.</summary>
    public string? NewPhoneCode { get; set; }

    /// <summary>A recent photo holding the ID document (手持身份证近照): JPEG or PNG, at most 5 MB.</summary>
    public IFormFile? Photo { get; set; }
}
