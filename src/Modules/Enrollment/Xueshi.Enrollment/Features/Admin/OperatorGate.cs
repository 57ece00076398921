using Xueshi.BuildingBlocks.Errors;
using Xueshi.BuildingBlocks.Identity;

namespace Xueshi.Enrollment.Features.Admin;

/// <summary>
/// The console is for operators only; anyone else gets 403 auth.forbidden, as Accounts' operator-only
/// endpoints answer. The role is read from the access token (as the media endpoints read it), so a new
/// grant takes effect at the holder's next sign-in or token refresh.
/// </summary>
internal static class OperatorGate
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
