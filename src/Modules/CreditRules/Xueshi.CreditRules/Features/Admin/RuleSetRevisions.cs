using Microsoft.AspNetCore.Http;
using Xueshi.BuildingBlocks.Http;

namespace Xueshi.CreditRules.Features.Admin;

/// <summary>
/// A program's rule sets share one revision (every save, publish and discard bumps it): two operators
/// editing the same program's rules cannot overwrite each other's draft unseen.
/// </summary>
internal static class RuleSetRevisions
{
    public const string IfMatchHeader = RevisionTags.IfMatchHeader;

    public const string IfMatchDescription = "The ETag of the program's credit rules as last read (e.g. \"3\"); required. " +
        "428 credit.precondition_required without it, 412 credit.precondition_failed when someone changed them since.";

    /// <summary>Refuses unless If-Match names the current revision (or is *).</summary>
    public static void Require(string? ifMatch, int current)
    {
        switch (RevisionTags.Matches(ifMatch, current))
        {
            case null:
                throw CreditRulesErrors.PreconditionRequired.ToException();
            case false:
                throw CreditRulesErrors.PreconditionFailed.ToException();
        }
    }

    public static IResult Tagged<T>(HttpContext http, T body, int revision) => RevisionTags.Tagged(http, body, revision);
}
