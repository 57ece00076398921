using System.Globalization;
using Microsoft.AspNetCore.Http;

namespace Xueshi.BuildingBlocks.Http;

/// <summary>
/// Optimistic concurrency for what operators edit: the ETag is the thing's revision as a strong entity tag
/// ("7"), and every change must send it back in If-Match. Each module keeps its own error codes
/// (enrollment.precondition_failed, credit.precondition_failed) and calls this for the comparison.
/// </summary>
public static class RevisionTags
{
    public const string IfMatchHeader = "If-Match";

    public static string ETag(int revision) => $"\"{revision.ToString(CultureInfo.InvariantCulture)}\"";

    /// <summary>Null when If-Match is absent; else whether it names the current revision (or is *).</summary>
    public static bool? Matches(string? ifMatch, int current)
    {
        if (string.IsNullOrWhiteSpace(ifMatch))
        {
            return null;
        }

        var ours = ETag(current);
        foreach (var candidate in ifMatch.Split(','))
        {
            var tag = candidate.Trim();
            // If-Match compares strongly (RFC 9110 13.1.1): a weak tag never matches.
            if (tag == "*" || tag == ours)
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>The answer to a read or a change: the body, with the ETag of what it shows.</summary>
    public static IResult Tagged<T>(HttpContext http, T body, int revision, string? location = null)
    {
        http.Response.Headers.ETag = ETag(revision);
        http.Response.Headers.CacheControl = "no-cache";
        return location is null ? TypedResults.Ok(body) : TypedResults.Created(location, body);
    }
}
