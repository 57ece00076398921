using MediatR;
using Xueshi.Accounts.Tokens;

namespace Xueshi.Accounts.Features.RefreshTokens;

/// <param name="RefreshToken">The refresh token from the last sign-in or refresh; it can be used once. Leave it out to use the xueshi_refresh cookie.</param>
/// <param name="RefreshTokenInCookie">True answers with the new refresh token in the xueshi_refresh cookie instead of the body (always so when the cookie was used).</param>
internal sealed record RefreshAccessToken(string? RefreshToken, bool? RefreshTokenInCookie = null) : IRequest<TokenResponse>;
