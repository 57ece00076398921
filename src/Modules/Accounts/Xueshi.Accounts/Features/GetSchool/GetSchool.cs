using MediatR;
using Xueshi.Accounts.Features.Directory;

namespace Xueshi.Accounts.Features.GetSchool;

internal sealed record GetSchool(Guid Id) : IRequest<SchoolResponse>;
