using MediatR;

namespace Xueshi.Accounts.Features.RebindPhone;

/// <param name="OldPhoneCode">The code sent to the account's current phone for purpose rebindOldPhone.</param>
/// <param name="NewPhone">The new mainland mobile number; it must not be registered.</param>
/// <param name="NewPhoneCode">The code sent to the new phone for purpose rebindNewPhone.</param>
internal sealed record RebindPhone(string OldPhoneCode, string NewPhone, string NewPhoneCode) : IRequest<PhoneRebound>;

/// <param name="Phone">The account's phone number from now on.</param>
internal sealed record PhoneRebound(string Phone);
