using MediatR;
using Microsoft.EntityFrameworkCore;
using Xueshi.Accounts.Domain;
using Xueshi.Accounts.Persistence;
using Xueshi.Accounts.Tokens;

namespace Xueshi.Accounts.Features.SignOut;

/// <summary>
/// Ends the session the refresh token belongs to: its whole family, so no token rotated from it
/// lives on. The access token in hand expires on its own within minutes.
/// </summary>
internal sealed class SignOutHandler(AccountsDbContext db, TimeProvider clock) : IRequestHandler<SignOut, Unit>
{
    public async Task<Unit> Handle(SignOut request, CancellationToken cancellationToken)
    {
        // No token in the body nor a cookie: nothing to end.
        if (string.IsNullOrEmpty(request.RefreshToken))
        {
            return Unit.Value;
        }

        var hash = RefreshToken.HashOf(request.RefreshToken);
        var familyId = await db.RefreshTokens.Where(t => t.TokenHash == hash).Select(t => (Guid?)t.FamilyId).SingleOrDefaultAsync(cancellationToken);

        // Signing out twice, or with a token already gone, is not an error: the session is over either way.
        if (familyId is not null)
        {
            await Sessions.EndFamilyAsync(db, familyId.Value, clock.GetUtcNow(), cancellationToken);
        }

        return Unit.Value;
    }
}
