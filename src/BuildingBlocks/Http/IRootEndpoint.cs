using Microsoft.AspNetCore.Routing;

namespace Xueshi.BuildingBlocks.Http;

/// <summary>
/// An endpoint outside /api/v1 whose address a standard fixes (/.well-known/…), found like <see cref="IEndpoint"/>.
/// </summary>
public interface IRootEndpoint
{
    /// <param name="root">The application's root.</param>
    void Map(IEndpointRouteBuilder root);
}
