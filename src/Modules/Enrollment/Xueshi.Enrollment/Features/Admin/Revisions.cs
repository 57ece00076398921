using System.Globalization;
using Microsoft.AspNetCore.Http;
using Microsoft.EntityFrameworkCore;
using Xueshi.Enrollment.Persistence;

namespace Xueshi.Enrollment.Features.Admin;

/// <summary>
/// Optimistic concurrency for the console: a program's or course's ETag is its revision as a strong
/// entity tag ("7"); every change must send it back in If-Match. Absent → 428, stale → 412, and two
/// requests that raced past the check are caught by EF's concurrency token (the revision column).
/// </summary>
internal static class Revisions
{
    public const string IfMatchHeader = "If-Match";

    public const string IfMatchDescription = "The ETag of the program or course as last read (e.g. \"7\"); required. " +
        "428 enrollment.precondition_required without it, 412 enrollment.precondition_failed when someone changed it since.";

    public static string ETag(int revision) => $"\"{revision.ToString(CultureInfo.InvariantCulture)}\"";

    /// <summary>Refuses unless If-Match names the current revision (or is *).</summary>
    public static void Require(string? ifMatch, int current)
    {
        if (string.IsNullOrWhiteSpace(ifMatch))
        {
            throw EnrollmentErrors.PreconditionRequired.ToException();
        }

        var ours = ETag(current);
        foreach (var candidate in ifMatch.Split(','))
        {
            var tag = candidate.Trim();
            // If-Match compares strongly (RFC 9110 13.1.1): a weak tag never matches.
            if (tag == "*" || tag == ours)
            {
                return;
            }
        }

        throw EnrollmentErrors.PreconditionFailed.ToException();
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
    public static IResult Tagged<T>(HttpContext http, T body, int revision, string? location = null)
    {
        http.Response.Headers.ETag = ETag(revision);
        http.Response.Headers.CacheControl = "no-cache";
        return location is null ? TypedResults.Ok(body) : TypedResults.Created(location, body);
    }
}
