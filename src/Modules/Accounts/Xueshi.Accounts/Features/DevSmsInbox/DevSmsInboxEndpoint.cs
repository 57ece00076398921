using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;
using Xueshi.Accounts.Sms;

namespace Xueshi.Accounts.Features.DevSmsInbox;

/// <summary>
/// Development only: the codes the development SMS sender "sent", so a person trying the platform
/// locally (and the browser tests) can register. Never mapped in production, never documented.
/// </summary>
internal static class DevSmsInboxEndpoint
{
    public static void Map(IEndpointRouteBuilder api) =>
        api.MapGet("/dev/sms-messages", (string? phone, DevelopmentSmsSender inbox) => TypedResults.Ok(inbox.For(phone)))
            .ExcludeFromDescription();
}
