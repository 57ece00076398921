using Xueshi.BuildingBlocks.Errors;

namespace Xueshi.BuildingBlocks.Identity;

/// <summary>
/// What operators alone may do (the catalog console, credit rules): anyone else gets 403 auth.forbidden.
/// The role is read from the access token, so a new grant takes effect at the holder's next sign-in or
/// token refresh.
/// </summary>
public static class OperatorGate
{
    public const string OperatorRole = "operator";

    public static Guid RequireOperator(this ICurrentUser user)
    {
        var accountId = user.RequireAccountId();
        if (!user.IsInRole(OperatorRole))
        {
            throw CommonErrors.Forbidden.ToException();
        }

        return accountId;
    }
}
