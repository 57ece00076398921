using System.Security.Claims;
using System.Text;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;
using Microsoft.IdentityModel.JsonWebTokens;
using Microsoft.IdentityModel.Tokens;
using Xueshi.Accounts.Domain;
using Xueshi.Accounts.Legal;
using Xueshi.Accounts.Roles;
using Xueshi.Accounts.Persistence;
using Xueshi.BuildingBlocks.Identity;

namespace Xueshi.Accounts.Tokens;

/// <summary>The answer to a successful sign-in or refresh.</summary>
/// <param name="AccessToken">The JWT to send as <c>Authorization: Bearer</c>.</param>
/// <param name="TokenType">Always Bearer.</param>
/// <param name="ExpiresIn">Seconds the access token lives.</param>
/// <param name="RefreshToken">The new refresh token; null when it was set in the xueshi_refresh cookie instead (refreshTokenInCookie).</param>
/// <param name="RefreshTokenExpiresIn">Seconds the refresh token lives, in the body or the cookie.</param>
/// <param name="ConsentRequired">True: the account has not agreed to the current 用户协议 and 隐私政策. Until it does
/// (POST /api/v1/me/consents, then refresh the token) every endpoint except sign-in, refresh, sign-out, GET /me, the legal
/// documents and consent answers 403 accounts.consent_required.</param>
/// <param name="BasicsRequired">True: the account was created by an SMS sign-in and must choose its identity and nickname
/// (with its consent) first: POST /api/v1/me/basics.</param>
internal sealed record TokenResponse(string AccessToken, string TokenType, int ExpiresIn, string? RefreshToken, int RefreshTokenExpiresIn,
    bool ConsentRequired, bool BasicsRequired);

internal sealed class TokenIssuer(IOptions<JwtOptions> options, CurrentLegalVersions legal, TimeProvider clock)
{
    private readonly JsonWebTokenHandler _handler = new();

    /// <summary>Adds a refresh token to the context (the caller saves) and returns both tokens.</summary>
    public async Task<TokenResponse> IssueAsync(AccountsDbContext db, Account account, Guid? refreshFamily, CancellationToken cancellationToken)
    {
        var now = clock.GetUtcNow();
        var roles = await db.RoleGrants.Where(g => g.AccountId == account.Id).Select(g => g.Role).Distinct().ToListAsync(cancellationToken);
        var jwt = options.Value;
        var claims = new List<Claim>
        {
            new(XueshiClaims.Subject, account.Id.ToString()),
            new(XueshiClaims.Name, account.Nickname),
        };
        claims.AddRange(roles.Select(r => new Claim(XueshiClaims.Role, RoleNames.Of(r))));

        // The consent gate compares this stamp with the current versions on every request. An
        // account whose basics are pending gets none: it is held at the gate like one without consent.
        var (userAgreement, privacyPolicy) = await ConsentBook.ConsentedAsync(db, account.Id, cancellationToken);
        var current = await legal.GetAsync(cancellationToken);
        var consented = !account.BasicsPending && current.AreCurrent(userAgreement, privacyPolicy);
        if (!account.BasicsPending)
        {
            claims.Add(new Claim(XueshiClaims.Consent, LegalVersions.StampOf(userAgreement, privacyPolicy)));
        }

        var accessToken = _handler.CreateToken(new SecurityTokenDescriptor
        {
            Issuer = jwt.Issuer,
            Audience = jwt.Audience,
            Subject = new ClaimsIdentity(claims),
            IssuedAt = now.UtcDateTime,
            NotBefore = now.UtcDateTime,
            Expires = (now + jwt.AccessTokenLifetime).UtcDateTime,
            SigningCredentials = new SigningCredentials(
                new SymmetricSecurityKey(Encoding.UTF8.GetBytes(jwt.SigningKey)), SecurityAlgorithms.HmacSha256),
        });

        var (refresh, refreshPlain) = RefreshToken.Issue(account.Id, refreshFamily, now);
        db.RefreshTokens.Add(refresh);
        return new TokenResponse(
            accessToken,
            "Bearer",
            (int)jwt.AccessTokenLifetime.TotalSeconds,
            refreshPlain,
            (int)RefreshToken.Lifetime.TotalSeconds,
            ConsentRequired: !consented,
            BasicsRequired: account.BasicsPending);
    }
}
