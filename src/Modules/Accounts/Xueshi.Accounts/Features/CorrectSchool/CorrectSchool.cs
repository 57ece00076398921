using System.Text.Json.Serialization;
using MediatR;
using Xueshi.Accounts.Contracts;
using Xueshi.Accounts.Features.Directory;

namespace Xueshi.Accounts.Features.CorrectSchool;

/// <param name="Name">The corrected name, 2 to 100 characters; leave out to keep it.</param>
/// <param name="SchoolSystem">The corrected 学制; leave out to keep it.</param>
internal sealed record CorrectSchool(string? Name, SchoolSystem? SchoolSystem) : IRequest<SchoolResponse>
{
    /// <summary>The school, from the route.</summary>
    [JsonIgnore]
    public Guid SchoolId { get; init; }
}
