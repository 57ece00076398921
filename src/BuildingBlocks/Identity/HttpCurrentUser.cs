using Microsoft.AspNetCore.Http;

namespace Xueshi.BuildingBlocks.Identity;

internal sealed class HttpCurrentUser(IHttpContextAccessor accessor) : ICurrentUser
{
    public Guid? AccountId
    {
        get
        {
            var user = accessor.HttpContext?.User;
            if (user?.Identity?.IsAuthenticated != true)
            {
                return null;
            }

            return Guid.TryParse(user.FindFirst(XueshiClaims.Subject)?.Value, out var id) ? id : null;
        }
    }

    public bool IsInRole(string role) =>
        accessor.HttpContext?.User.HasClaim(XueshiClaims.Role, role) == true;
}
