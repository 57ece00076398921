using System.ComponentModel.DataAnnotations;
using System.Text.Json.Serialization;
using MediatR;
using Xueshi.Accounts.Features.ListPhoneRebindRequests;

namespace Xueshi.Accounts.Features.DecidePhoneRebindRequest;

/// <param name="Approve">true moves the account to the new number; false rejects the request.</param>
/// <param name="Reason">Why it is rejected (required then, up to 200 characters).</param>
internal sealed record DecidePhoneRebindRequest([property: Required] bool? Approve, string? Reason) : IRequest<PhoneRebindRequestItem>
{
    /// <summary>The request, from the route.</summary>
    [JsonIgnore]
    public Guid RequestId { get; init; }
}
