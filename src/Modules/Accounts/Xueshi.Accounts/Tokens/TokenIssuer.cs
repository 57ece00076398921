using System.Security.Claims;
using System.Text;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;
using Microsoft.IdentityModel.JsonWebTokens;
using Microsoft.IdentityModel.Tokens;
using Xueshi.Accounts.Domain;
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
internal sealed record TokenResponse(string AccessToken, string TokenType, int ExpiresIn, string? RefreshToken, int RefreshTokenExpiresIn);

internal sealed class TokenIssuer(IOptions<JwtOptions> options, TimeProvider clock)
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
            (int)RefreshToken.Lifetime.TotalSeconds);
    }
}
