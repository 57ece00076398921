using MediatR;
using Xueshi.Accounts.Tokens;

namespace Xueshi.Accounts.Features.RefreshTokens;

/// <param name="RefreshToken">The refresh token from the last sign-in or refresh; it can be used once.</param>
internal sealed record RefreshAccessToken(string RefreshToken) : IRequest<TokenResponse>;
