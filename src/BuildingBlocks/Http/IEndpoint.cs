using Microsoft.AspNetCore.Routing;

namespace Xueshi.BuildingBlocks.Http;

/// <summary>
/// One use case's HTTP endpoint, found by convention in its module's assembly, so adding a use
/// case never touches the module class.
/// </summary>
public interface IEndpoint
{
    /// <param name="api">The /api/v1 group.</param>
    void Map(IEndpointRouteBuilder api);
}
