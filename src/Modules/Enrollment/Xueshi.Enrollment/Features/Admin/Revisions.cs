using Microsoft.AspNetCore.Http;
using Microsoft.EntityFrameworkCore;
using Xueshi.BuildingBlocks.Http;
using Xueshi.Enrollment.Persistence;

namespace Xueshi.Enrollment.Features.Admin;

/// <summary>
/// Optimistic concurrency for the console: a program's or course's ETag is its revision as a strong
/// entity tag ("7"); every change must send it back in If-Match. Absent → 428, stale → 412, and two
/// requests that raced past the check are caught by EF's concurrency token (the revision column).
/// </summary>
internal static class Revisions
{
    public const string IfMatchHeader = RevisionTags.IfMatchHeader;

    public const string IfMatchDescription = "The ETag of the program or course as last read (e.g. \"7\"); required. " +
        "428 enrollment.precondition_required without it, 412 enrollment.precondition_failed when someone changed it since.";

    public static string ETag(int revision) => RevisionTags.ETag(revision);

    /// <summary>Refuses unless If-Match names the current revision (or is *).</summary>
    public static void Require(string? ifMatch, int current)
    {
        switch (RevisionTags.Matches(ifMatch, current))
        {
            case null:
                throw EnrollmentErrors.PreconditionRequired.ToException();
            case false:
                throw EnrollmentErrors.PreconditionFailed.ToException();
        }
    }

    /// <summary>Saves, turning a lost race on a revision into the same 412 a stale If-Match gets.</summary>
    public static async Task SaveAsync(this EnrollmentDbContext db, CancellationToken cancellationToken)
    {
        try
        {
            await db.SaveChangesAsync(cancellationToken);
        }
        catch (DbUpdateConcurrencyException)
        {
            throw EnrollmentErrors.PreconditionFailed.ToException();
        }
    }

    /// <summary>The answer to a read or a change: the body, with the ETag of what it shows.</summary>
    public static IResult Tagged<T>(HttpContext http, T body, int revision, string? location = null) =>
        RevisionTags.Tagged(http, body, revision, location);
}
