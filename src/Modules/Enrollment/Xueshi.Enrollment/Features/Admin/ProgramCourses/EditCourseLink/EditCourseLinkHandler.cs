using MediatR;
using Microsoft.EntityFrameworkCore;

namespace Xueshi.Enrollment.Features.Admin.ProgramCourses.EditCourseLink;

internal sealed class EditCourseLinkHandler(CatalogEditing editing) : IRequestHandler<EditCourseLink, AdminProgramResponse>
{
    public async Task<AdminProgramResponse> Handle(EditCourseLink request, CancellationToken cancellationToken)
    {
        var program = await editing.ProgramForChangeAsync(request.ProgramId, request.IfMatch, cancellationToken);
        var db = editing.Db;
        var link = await db.ProgramCourses.SingleOrDefaultAsync(l => l.ProgramId == program.Id && l.CourseId == request.CourseId, cancellationToken)
            ?? throw CatalogAdminErrors.CourseNotAttached.ToException();
        await CourseLinkRules.CheckCarriedFromAsync(db, program.Id, link.CourseId, request.CarriedFromProgramId, cancellationToken);
        CourseLinkRules.CheckOpening(program, request.OpensOn);
        link.Change(request.Position ?? link.Position, request.OpensOn, request.CarriedFromProgramId);
        program.Touch(editing.Now);
        if (program.IsVisibleToTeachers)
        {
            editing.Record([program.Id], link.CourseId, "course.link_edited", link.CourseId,
                $"调整课程：顺序 {link.Position}，开放日期 {(link.OpensOn is { } d ? d.ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture) : "随专题")}");
        }

        await db.SaveAsync(cancellationToken);
        return await editing.ProgramViewAsync(program.Id, cancellationToken);
    }
}
