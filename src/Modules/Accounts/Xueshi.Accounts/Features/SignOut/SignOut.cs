using MediatR;

namespace Xueshi.Accounts.Features.SignOut;

/// <param name="RefreshToken">The refresh token of the session to end. Leave it out to use the xueshi_refresh cookie.</param>
internal sealed record SignOut(string? RefreshToken) : IRequest<Unit>;
