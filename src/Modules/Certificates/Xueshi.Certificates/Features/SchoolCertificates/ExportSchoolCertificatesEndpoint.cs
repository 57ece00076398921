using System.ComponentModel;
using System.Text;
using FluentValidation;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;
using Microsoft.EntityFrameworkCore;
using Xueshi.BuildingBlocks.Http;

namespace Xueshi.Certificates.Features.SchoolCertificates;

internal sealed class ExportSchoolCertificatesEndpoint : IEndpoint
{
    public void Map(IEndpointRouteBuilder api) =>
        api.MapGet("/schools/{schoolId:guid}/certificates/export", async (
                [Description("The school.")] Guid schoolId,
                [Description("Only certificates that record this program.")] Guid? programId,
                [Description("valid (default), void or all.")] string? status,
                HttpContext http, SchoolCertificateQueries queries, IValidator<ExportSchoolCertificates> validator, CancellationToken cancellationToken) =>
            {
                var request = new ExportSchoolCertificates(schoolId, programId, status);
                await validator.ValidateAndThrowAsync(request, cancellationToken);
                await queries.RequireSchoolAdministratorAsync(schoolId, cancellationToken);
                var matching = queries.Matching(schoolId, programId, StatusFilters.Parse(status)!.Value).AsNoTracking();
                // Whose data leaves is recorded before the first byte does.
                var teachers = await matching.Select(c => c.TeacherId).Distinct().ToListAsync(cancellationToken);
                await queries.AuditAsync(teachers, "SchoolCertificatesExport", schoolId, cancellationToken);

                http.Response.ContentType = "text/csv; charset=utf-8";
                http.Response.Headers.ContentDisposition = "attachment; filename=\"certificates.csv\"; filename*=UTF-8''" +
                    Uri.EscapeDataString($"证书名单-{DateTime.UtcNow:yyyyMMdd}.csv");
                http.Response.Headers.CacheControl = "private, no-store";
                var body = http.Response.BodyWriter;
                await body.WriteAsync(SchoolCertificatesCsv.Bom, cancellationToken);
                await body.WriteAsync(Encoding.UTF8.GetBytes(SchoolCertificatesCsv.Line(SchoolCertificatesCsv.Header)), cancellationToken);
                var rows = 0;
                // Streamed row by row from the database: a county's ten thousand certificates never sit in memory at once.
                await foreach (var certificate in matching.OrderBy(c => c.HolderName).ThenBy(c => c.IssuedAt).AsAsyncEnumerable().WithCancellation(cancellationToken))
                {
                    foreach (var row in SchoolCertificatesCsv.Rows(certificate))
                    {
                        await body.WriteAsync(Encoding.UTF8.GetBytes(row), cancellationToken);
                    }

                    if (++rows % 200 == 0)
                    {
                        await body.FlushAsync(cancellationToken);
                    }
                }

                return Results.Empty;
            })
            .WithName("ExportSchoolCertificates")
            .WithTags(CertificatesApiTags.School)
            .WithSummary("Export a school's certificates as CSV (导出)")
            .WithDescription("The same rows as the list, one line per certificate and program (姓名, 证件号码 6+4, 证书名称, 专题, 专题学时, " +
                "证书总学时, 证书编号, 发证日期, 状态), streamed, as UTF-8 with a byte-order mark so that Excel opens the Chinese. The school's own " +
                "administrator only (404 certificates.school_not_found); audited.")
            .RequireAuthorization()
            .Produces(StatusCodes.Status200OK, typeof(Microsoft.AspNetCore.Mvc.FileContentResult), "text/csv")
            .ProducesProblems(StatusCodes.Status400BadRequest, StatusCodes.Status401Unauthorized, StatusCodes.Status404NotFound);
}
