using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Xueshi.Accounts.Sms;
using Xueshi.BuildingBlocks.Http;

namespace Xueshi.Accounts.Features.DevSmsInbox;

/// <summary>
/// Development only: the codes the development SMS sender "sent", so a person trying the platform
/// locally (and the browser tests) can register. Never mapped in production, never documented.
/// </summary>
internal sealed class DevSmsInboxEndpoint : IEndpoint
{
    public void Map(IEndpointRouteBuilder api)
    {
        var services = api.ServiceProvider;
        if (services.GetService<DevelopmentSmsSender>() is null || !services.GetRequiredService<IHostEnvironment>().IsDevelopment())
        {
            return;
        }

        api.MapGet("/dev/sms-messages", (string? phone, DevelopmentSmsSender inbox) => TypedResults.Ok(inbox.For(phone)))
            .ExcludeFromDescription();
    }
}
