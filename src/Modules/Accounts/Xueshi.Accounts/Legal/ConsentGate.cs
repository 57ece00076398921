using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Authorization.Policy;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.DependencyInjection;
using Xueshi.BuildingBlocks.Errors;
using Xueshi.BuildingBlocks.Identity;

namespace Xueshi.Accounts.Legal;

/// <summary>
/// Part of the default authorization policy, so every endpoint that calls <c>RequireAuthorization()</c>
/// (in any module, now or later) is behind it without doing anything. The account's consented
/// versions travel in the access token (<see cref="XueshiClaims.Consent"/>), so the hot path is one
/// string comparison against the cached current versions, no database read.
///
/// A token issued before a new version was published carries the old stamp and is refused from the
/// moment the version is current (within <see cref="CurrentLegalVersions.Lifetime"/> on other
/// instances): the client signs in or refreshes, learns consentRequired, and consents. After
/// consenting it refreshes, and the new token carries the new stamp.
/// </summary>
internal sealed class ConsentRequirement : IAuthorizationRequirement
{
    public static readonly ConsentRequirement Instance = new();
}

internal sealed class ConsentHandler(CurrentLegalVersions current) : AuthorizationHandler<ConsentRequirement>
{
    protected override async Task HandleRequirementAsync(AuthorizationHandlerContext context, ConsentRequirement requirement)
    {
        var endpoint = context.Resource switch
        {
            HttpContext http => http.GetEndpoint(),
            Endpoint e => e,
            _ => null,
        };
        if (endpoint?.Metadata.GetMetadata<AllowWithoutConsentMetadata>() is not null)
        {
            context.Succeed(requirement);
            return;
        }

        var stamp = context.User.FindFirst(XueshiClaims.Consent)?.Value;
        var versions = await current.GetAsync(context.Resource is HttpContext h ? h.RequestAborted : CancellationToken.None);
        if (stamp is not null && string.Equals(stamp, versions.Stamp, StringComparison.Ordinal))
        {
            context.Succeed(requirement);
            return;
        }

        context.Fail(new AuthorizationFailureReason(this, "Consent to the current legal documents is required."));
    }
}

/// <summary>A refusal by the consent gate answers 403 accounts.consent_required; any other is the framework's.</summary>
internal sealed class ConsentAwareResultHandler : IAuthorizationMiddlewareResultHandler
{
    private readonly AuthorizationMiddlewareResultHandler _default = new();

    public async Task HandleAsync(RequestDelegate next, HttpContext context, AuthorizationPolicy policy, PolicyAuthorizationResult authorizeResult)
    {
        if (authorizeResult.Forbidden
            && authorizeResult.AuthorizationFailure?.FailureReasons.Any(r => r.Handler is ConsentHandler) == true
            && context.User.Identity?.IsAuthenticated == true)
        {
            var error = LegalErrors.ConsentRequired;
            context.Response.StatusCode = error.Status;
            var writer = context.RequestServices.GetRequiredService<IProblemDetailsService>();
            await writer.WriteAsync(new ProblemDetailsContext { HttpContext = context, ProblemDetails = error.ToProblemDetails(context) });
            return;
        }

        await _default.HandleAsync(next, context, policy, authorizeResult);
    }
}
