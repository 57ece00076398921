using System.Text;
using Microsoft.AspNetCore.Authentication.JwtBearer;
using Microsoft.Extensions.Options;
using Microsoft.IdentityModel.Tokens;
using Xueshi.BuildingBlocks.Errors;
using Xueshi.BuildingBlocks.Identity;

namespace Xueshi.Host.Composition;

internal static class AuthenticationRegistration
{
    public static IServiceCollection AddXueshiAuthentication(this IServiceCollection services, IConfiguration configuration, IHostEnvironment environment)
    {
        services.AddOptions<JwtOptions>().Bind(configuration.GetSection(JwtOptions.Section));

        services.AddAuthentication(JwtBearerDefaults.AuthenticationScheme).AddJwtBearer();
        services.AddOptions<JwtBearerOptions>(JwtBearerDefaults.AuthenticationScheme)
            .Configure<IOptions<JwtOptions>, TimeProvider>((bearer, jwtOptions, clock) =>
            {
                var jwt = jwtOptions.Value;
                var skew = TimeSpan.FromSeconds(30);
                bearer.MapInboundClaims = false;
                bearer.TokenValidationParameters = new TokenValidationParameters
                {
                    ValidIssuer = jwt.Issuer,
                    ValidAudience = jwt.Audience,
                    // RFC 8725 §3.1: accept only the algorithm we sign with, never what a token's header asks for.
                    ValidAlgorithms = [SecurityAlgorithms.HmacSha256],
                    IssuerSigningKey = new SymmetricSecurityKey(Encoding.UTF8.GetBytes(jwt.SigningKey)),
                    NameClaimType = XueshiClaims.Name,
                    RoleClaimType = XueshiClaims.Role,
                    ClockSkew = skew,
                    // Lifetimes are judged by the same clock that issued them (TimeProvider), not by DateTime.UtcNow.
                    LifetimeValidator = (notBefore, expires, _, _) =>
                    {
                        var now = clock.GetUtcNow().UtcDateTime;
                        return (notBefore is null || notBefore.Value <= now + skew) && (expires is null || expires.Value > now - skew);
                    },
                };
                bearer.Events = new JwtBearerEvents
                {
                    OnChallenge = async context =>
                    {
                        context.HandleResponse();
                        await WriteProblemAsync(context.HttpContext, CommonErrors.Unauthenticated);
                    },
                    OnForbidden = context => WriteProblemAsync(context.HttpContext, CommonErrors.Forbidden),
                };
            });
        services.AddAuthorization();
        return services;
    }

    private static async Task WriteProblemAsync(HttpContext context, AppError error)
    {
        context.Response.StatusCode = error.Status;
        var writer = context.RequestServices.GetRequiredService<IProblemDetailsService>();
        await writer.WriteAsync(new ProblemDetailsContext { HttpContext = context, ProblemDetails = error.ToProblemDetails(context) });
    }
}
