using MediatR;
using Microsoft.EntityFrameworkCore;
using Xueshi.Enrollment.Contracts;
using Xueshi.Enrollment.Persistence;

namespace Xueshi.Enrollment.Features.Contracts;

internal sealed class GetResourceHandler(EnrollmentDbContext db) : IRequestHandler<GetResource, ResourceFacts?>
{
    public async Task<ResourceFacts?> Handle(GetResource request, CancellationToken cancellationToken)
    {
        var resource = await db.Resources.AsNoTracking().SingleOrDefaultAsync(r => r.Id == request.ResourceId, cancellationToken);
        return resource?.ToFacts();
    }
}
