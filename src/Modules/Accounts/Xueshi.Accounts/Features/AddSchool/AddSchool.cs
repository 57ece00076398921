using System.ComponentModel.DataAnnotations;
using System.Text.Json.Serialization;
using MediatR;
using Xueshi.Accounts.Contracts;
using Xueshi.Accounts.Features.Directory;

namespace Xueshi.Accounts.Features.AddSchool;

/// <param name="Name">学校名称, 2 to 100 characters, unique in the county.</param>
/// <param name="SchoolSystem">学制.</param>
internal sealed record AddSchool(string Name, [property: Required] SchoolSystem? SchoolSystem) : IRequest<SchoolResponse>
{
    /// <summary>The county, from the route.</summary>
    [JsonIgnore]
    public Guid CountyId { get; init; }
}
