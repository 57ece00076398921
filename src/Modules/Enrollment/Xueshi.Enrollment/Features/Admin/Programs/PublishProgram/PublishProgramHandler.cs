using MediatR;
using Microsoft.EntityFrameworkCore;
using Xueshi.Enrollment.Contracts;

namespace Xueshi.Enrollment.Features.Admin.Programs.PublishProgram;

internal sealed class PublishProgramHandler(CatalogEditing editing, CatalogCoherence coherence) : IRequestHandler<PublishProgram, AdminProgramResponse>
{
    public async Task<AdminProgramResponse> Handle(PublishProgram request, CancellationToken cancellationToken)
    {
        var program = await editing.ProgramForChangeAsync(request.ProgramId, request.IfMatch, cancellationToken);
        if (program.State == ProgramState.Closed)
        {
            throw CatalogAdminErrors.ProgramClosed.ToException();
        }

        if (program.State == ProgramState.Published)
        {
            throw CatalogAdminErrors.AlreadyPublished.ToException();
        }

        var db = editing.Db;
        var links = await db.ProgramCourses.AsNoTracking().Where(l => l.ProgramId == program.Id).OrderBy(l => l.Position).ToListAsync(cancellationToken);
        var issues = CatalogCoherence.Window(program.StartsOn, program.EndsOn).ToList();
        if (links.Count == 0)
        {
            issues.Add(CatalogCoherence.NoCourses());
        }

        var courseIds = links.Select(l => l.CourseId).ToList();
        var resources = await db.Resources.AsNoTracking().Where(r => courseIds.Contains(r.CourseId)).ToListAsync(cancellationToken);
        foreach (var link in links)
        {
            issues.AddRange(CatalogCoherence.Opening($"courses[{link.CourseId}].opensOn", link.OpensOn, program.StartsOn, program.EndsOn));
            foreach (var resource in resources.Where(r => r.CourseId == link.CourseId).OrderBy(r => r.Position))
            {
                issues.AddRange(await coherence.ResourceAsync(resource, $"courses[{link.CourseId}].resources[{resource.Id}].", cancellationToken));
            }
        }

        CatalogCoherence.ThrowIfAny(issues);
        program.Publish(editing.Now);
        editing.Record([program.Id], null, "program.published", program.Id, $"发布专题：{program.Title}");
        await db.SaveAsync(cancellationToken);
        return await editing.ProgramViewAsync(program.Id, cancellationToken);
    }
}
