using MediatR;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;
using Xueshi.BuildingBlocks.Http;

namespace Xueshi.Accounts.Features.Profile.GetProfileOptions;

internal sealed class GetProfileOptionsEndpoint : IEndpoint
{
    public void Map(IEndpointRouteBuilder api) =>
        api.MapGet("/profile-options", async (IMediator mediator, CancellationToken cancellationToken) =>
                TypedResults.Ok(await mediator.Send(new GetProfileOptions(), cancellationToken)))
            .WithName("GetProfileOptions")
            .WithTags("Profile")
            .WithSummary("Choice lists of the teacher profile (个人信息选项)")
            .WithDescription("Anonymous. The values the profile accepts for each choice field, with Chinese labels, " +
                "and the required (*) fields.")
            .AllowAnonymous()
            .WithETag();
}
