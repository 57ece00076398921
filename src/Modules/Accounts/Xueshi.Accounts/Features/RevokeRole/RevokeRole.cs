using MediatR;

namespace Xueshi.Accounts.Features.RevokeRole;

internal sealed record RevokeRole(Guid GrantId) : IRequest;
