using MediatR;

namespace Xueshi.Accounts.Features.ResetPassword;

/// <param name="Phone">The account's phone number.</param>
/// <param name="SmsCode">The code sent for purpose resetPassword.</param>
/// <param name="NewPassword">8 to 64 characters with at least one letter and one digit.</param>
internal sealed record ResetPassword(string Phone, string SmsCode, string NewPassword) : IRequest<Unit>;
