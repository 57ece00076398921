using Xueshi.BuildingBlocks.Errors;
using Xueshi.BuildingBlocks.Identity;

namespace Xueshi.CreditRules.Features.Admin;

/// <summary>
/// Credit rules are for operators only; anyone else gets 403 auth.forbidden, as the catalog console
/// answers. The role is read from the access token.
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
