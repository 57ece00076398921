using MediatR;
using Microsoft.EntityFrameworkCore;
using Xueshi.Accounts.Domain;
using Xueshi.Accounts.Persistence;
using Xueshi.Accounts.Tokens;

namespace Xueshi.Accounts.Features.RefreshTokens;

internal sealed class RefreshAccessTokenHandler(AccountsDbContext db, TokenIssuer tokens, TimeProvider clock)
    : IRequestHandler<RefreshAccessToken, TokenResponse>
{
    public async Task<TokenResponse> Handle(RefreshAccessToken request, CancellationToken cancellationToken)
    {
        // Neither in the body nor in the cookie: the same answer as an unknown token.
        if (string.IsNullOrEmpty(request.RefreshToken))
        {
            throw AccountsErrors.RefreshTokenInvalid.ToException();
        }

        var now = clock.GetUtcNow();
        var hash = RefreshToken.HashOf(request.RefreshToken);
        var presented = await db.RefreshTokens.SingleOrDefaultAsync(t => t.TokenHash == hash, cancellationToken)
            ?? throw AccountsErrors.RefreshTokenInvalid.ToException();

        if (presented.WasSpent)
        {
            // A spent token seen again: someone holds a copy. Revoke the whole family so neither
            // the thief nor the victim can go on with it; the victim signs in again.
            await Sessions.EndFamilyAsync(db, presented.FamilyId, now, cancellationToken);
            throw AccountsErrors.RefreshTokenInvalid.ToException();
        }

        if (!presented.IsActive(now))
        {
            throw AccountsErrors.RefreshTokenInvalid.ToException();
        }

        var account = await db.Accounts.SingleOrDefaultAsync(a => a.Id == presented.AccountId, cancellationToken)
            ?? throw AccountsErrors.RefreshTokenInvalid.ToException();

        presented.Spend(now);
        var response = await tokens.IssueAsync(db, account, presented.FamilyId, cancellationToken);
        await db.SaveChangesAsync(cancellationToken);
        return response;
    }
}
