using MediatR;

namespace Xueshi.Accounts.Features.SignOut;

/// <param name="RefreshToken">The refresh token of the session to end.</param>
internal sealed record SignOut(string RefreshToken) : IRequest<Unit>;
