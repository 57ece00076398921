using System.Text.Json;
using Microsoft.AspNetCore.Diagnostics;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.DependencyInjection;
using Xueshi.Api.Tests.Infrastructure;
using Xueshi.BuildingBlocks.Errors;

namespace Xueshi.Api.Tests;

/// <summary>
/// Every member an error adds is in the OpenAPI document, typed, so the generated clients read it without casts;
/// one nobody declared fails in Development, where the tests and the demo run.
/// </summary>
public sealed class ProblemExtensionsTests(ApiFixture api) : IClassFixture<ApiFixture>
{
    private static readonly AppError Probe = AppError.Conflict("tests.probe", "探针", "Probe");

    [Fact]
    public async Task The_document_types_what_the_errors_add()
    {
        using var document = JsonDocument.Parse(await api.CreateClient().GetStringAsync(new Uri("/swagger/v1/swagger.json", UriKind.Relative)));
        var problem = document.RootElement.GetProperty("components").GetProperty("schemas").GetProperty("ProblemDetails").GetProperty("properties");

        // One of each kind: a shared one, a list of records, a nullable id, a date.
        Assert.Equal("string", problem.GetProperty("field").GetProperty("type").GetString());
        var conditions = problem.GetProperty("unmetConditions");
        Assert.Equal("array", conditions.GetProperty("type").GetString());
        Assert.Equal("#/components/schemas/ConditionView", conditions.GetProperty("items").GetProperty("$ref").GetString());
        Assert.True(problem.GetProperty("supersededById").GetProperty("nullable").GetBoolean());
        Assert.Equal("date", problem.GetProperty("startsOn").GetProperty("format").GetString());
        Assert.Contains("certificates.not_eligible", conditions.GetProperty("description").GetString(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_declared_member_is_answered()
    {
        var (status, body) = await HandleAsync(api.Factory.Services, new Dictionary<string, object?> { ["field"] = "photo" });

        Assert.Equal(StatusCodes.Status409Conflict, status);
        using var json = JsonDocument.Parse(body);
        Assert.Equal("tests.probe", json.RootElement.GetProperty("code").GetString());
        Assert.Equal("photo", json.RootElement.GetProperty("field").GetString());
    }

    [Fact]
    public async Task An_undeclared_member_fails_in_Development()
    {
        var refusal = await Assert.ThrowsAsync<InvalidOperationException>(() =>
            HandleAsync(api.Factory.Services, new Dictionary<string, object?> { ["undeclaredMember"] = 1 }));

        Assert.Contains("undeclaredMember", refusal.Message, StringComparison.Ordinal);
        Assert.Contains("tests.probe", refusal.Message, StringComparison.Ordinal);
    }

    private static async Task<(int Status, string Body)> HandleAsync(IServiceProvider services, IReadOnlyDictionary<string, object?> extensions)
    {
        await using var scope = services.CreateAsyncScope();
        var context = new DefaultHttpContext { RequestServices = scope.ServiceProvider };
        context.Request.Path = "/api/v1/probe";
        context.Response.Body = new MemoryStream();
        var handler = scope.ServiceProvider.GetServices<IExceptionHandler>().OfType<AppExceptionHandler>().Single();

        Assert.True(await handler.TryHandleAsync(context, Probe.ToException(extensions), CancellationToken.None));

        context.Response.Body.Position = 0;
        using var reader = new StreamReader(context.Response.Body);
        return (context.Response.StatusCode, await reader.ReadToEndAsync());
    }
}
