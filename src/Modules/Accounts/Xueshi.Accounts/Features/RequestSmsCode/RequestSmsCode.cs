using System.ComponentModel.DataAnnotations;
using MediatR;
using Xueshi.Accounts.Domain;

namespace Xueshi.Accounts.Features.RequestSmsCode;

/// <param name="Phone">Mainland mobile number, 11 digits.</param>
/// <param name="Purpose">What the code will be spent on.</param>
internal sealed record RequestSmsCode(string Phone, [property: Required] SmsPurpose? Purpose) : IRequest<SmsCodeSent>;

internal sealed record SmsCodeSent(string Phone, SmsPurpose Purpose, int ExpiresInSeconds, int ResendAfterSeconds);
