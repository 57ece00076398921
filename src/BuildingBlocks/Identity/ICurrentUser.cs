using Xueshi.BuildingBlocks.Errors;

namespace Xueshi.BuildingBlocks.Identity;

/// <summary>Who is calling, as the access token says. Handlers check it against the resource.</summary>
public interface ICurrentUser
{
    Guid? AccountId { get; }

    bool IsAuthenticated => AccountId is not null;

    bool IsInRole(string role);

    Guid RequireAccountId() => AccountId ?? throw CommonErrors.Unauthenticated.ToException();
}
