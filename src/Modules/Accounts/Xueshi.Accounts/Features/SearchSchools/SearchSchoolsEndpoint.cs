using MediatR;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;
using Xueshi.BuildingBlocks.Http;

namespace Xueshi.Accounts.Features.SearchSchools;

internal sealed class SearchSchoolsEndpoint : IEndpoint
{
    public void Map(IEndpointRouteBuilder api) =>
        api.MapGet("/schools", async (Guid? regionId, string? q, string? schoolSystem, int? page, int? pageSize,
                    IMediator mediator, CancellationToken cancellationToken) =>
                TypedResults.Ok(await mediator.Send(new SearchSchools(regionId, q, schoolSystem, page, pageSize), cancellationToken)))
            .WithName("SearchSchools")
            .WithETag()
            .WithTags("Directory")
            .WithSummary("Search schools (选择学校) in a region by name")
            .WithDescription("Schools of a county, or of every county of a city or province, whose name contains q " +
                "(case-insensitive), optionally of one 学制 (schoolSystem: kindergarten, primary, juniorSecondary, seniorSecondary, " +
                "combined, specialEducation, secondaryVocational, higherVocational, higherEducation, technicalSchool, vocationalUndergraduate). When regionId is a county its \"其他\" (other) entry comes first " +
                "whatever q is: a teacher whose school is missing picks it and studies normally until the county adds the school. " +
                "Paged: pageSize at most 50. Anonymous.")
            .ProducesProblems(StatusCodes.Status400BadRequest, StatusCodes.Status404NotFound);
}
