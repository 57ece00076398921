using MediatR;
using Xueshi.Accounts.Tokens;

namespace Xueshi.Accounts.Features.IssueToken;

/// <param name="Phone">The account's phone number.</param>
/// <param name="Password">The password; give either this or <paramref name="SmsCode"/>.</param>
/// <param name="SmsCode">A code sent for purpose signIn; give either this or <paramref name="Password"/>.</param>
/// <param name="RefreshTokenInCookie">Browsers: true puts the refresh token in the HttpOnly cookie xueshi_refresh instead of the body. Default false (mobile apps, integrators).</param>
internal sealed record IssueToken(string Phone, string? Password, string? SmsCode, bool? RefreshTokenInCookie = null) : IRequest<TokenResponse>;
