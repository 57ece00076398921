using MediatR;
using Microsoft.EntityFrameworkCore;
using Xueshi.Enrollment.Contracts;
using Xueshi.Enrollment.Persistence;

namespace Xueshi.Enrollment.Features.Contracts;

internal sealed class GetResourceTextHandler(EnrollmentDbContext db) : IRequestHandler<GetResourceText, string?>
{
    public Task<string?> Handle(GetResourceText request, CancellationToken cancellationToken) =>
        db.Resources.AsNoTracking().Where(r => r.Id == request.ResourceId && r.Kind == ResourceKind.Text)
            .Select(r => r.TextBody).SingleOrDefaultAsync(cancellationToken);
}
