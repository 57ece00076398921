using MediatR;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;
using Xueshi.BuildingBlocks.Http;

namespace Xueshi.Accounts.Features.ListAuditEvents;

internal sealed class ListAuditEventsEndpoint : IEndpoint
{
    public void Map(IEndpointRouteBuilder api) =>
        api.MapGet("/audit-events", async (string? type, Guid? actorId, Guid? subjectId, DateTimeOffset? from, DateTimeOffset? to,
                    int? page, int? pageSize, IMediator mediator, CancellationToken cancellationToken) =>
                TypedResults.Ok(await mediator.Send(new ListAuditEvents(type, actorId, subjectId, from, to, page, pageSize), cancellationToken)))
            .WithName("ListAuditEvents")
            .WithTags("Audit")
            .WithSummary("Query the audit trail (审计记录): reads of personal data and security events")
            .WithDescription("Operators only. Newest first, paged (pageSize at most 100), filtered by type, actor, subject " +
                "(whose data) and time. Records are append-only and kept at least six months. Querying the trail is itself recorded.")
            .RequireAuthorization()
            .ProducesProblems(StatusCodes.Status400BadRequest, StatusCodes.Status401Unauthorized, StatusCodes.Status403Forbidden,
                StatusCodes.Status503ServiceUnavailable);
}
