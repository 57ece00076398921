using System.Net;
using Xueshi.Api.Tests.Infrastructure;

namespace Xueshi.Api.Tests;

/// <summary>
/// While PostgreSQL cannot be reached the API says so (503 with Retry-After), so apps and load
/// balancers retry instead of reporting a bug; and it serves again once the database is back.
/// </summary>
public sealed class DatabaseOutageTests(ApiFixture api) : IClassFixture<ApiFixture>
{
    [Fact]
    public async Task While_the_database_is_away_calls_answer_503_with_Retry_After_and_then_recover()
    {
        await using var proxy = TcpOutageProxy.Start(api.ConnectionString);
        await using var factory = new XueshiApiFactory(proxy.ConnectionStringFor(api.ConnectionString));
        var client = factory.CreateClient();
        var phone = TestPhones.Next();
        await client.RegisterAsync(phone);
        Assert.Equal(HttpStatusCode.OK, (await client.GetAsync(new Uri("/api/v1/regions", UriKind.Relative))).StatusCode);

        proxy.Cut();

        // A read on a pooled connection that broke, then a new connection refused, then a write.
        foreach (var call in new Func<Task<HttpResponseMessage>>[]
                 {
                     () => client.GetAsync(new Uri("/api/v1/regions", UriKind.Relative)),
                     () => client.GetAsync(new Uri("/api/v1/regions", UriKind.Relative)),
                     () => client.SignInAsync(phone, AccountsApi.Password),
                 })
        {
            var response = await call();
            var problem = await response.ReadProblemAsync(HttpStatusCode.ServiceUnavailable);
            Assert.Equal("service_unavailable", problem.Code);
            Assert.Equal(TimeSpan.FromSeconds(5), response.Headers.RetryAfter?.Delta);
        }

        Assert.Equal(HttpStatusCode.ServiceUnavailable, (await client.GetAsync(new Uri("/health/ready", UriKind.Relative))).StatusCode);

        proxy.Restore();

        // Connections broken by the cut may still sit in the pool; each is found out and dropped on
        // its first use, so the API is back within a few calls.
        var recovered = false;
        for (var attempt = 0; attempt < 20 && !recovered; attempt++)
        {
            recovered = (await client.GetAsync(new Uri("/api/v1/regions", UriKind.Relative))).StatusCode == HttpStatusCode.OK;
        }

        Assert.True(recovered, "The API did not recover once the database was back.");
        Assert.Equal(HttpStatusCode.OK, (await client.SignInAsync(phone, AccountsApi.Password)).StatusCode);
        Assert.Equal(HttpStatusCode.OK, (await client.GetAsync(new Uri("/health/ready", UriKind.Relative))).StatusCode);
    }

    [Fact]
    public void Only_an_unreachable_database_is_an_outage_a_bug_stays_500()
    {
        // A broken invariant or a constraint violation stays 500 internal_error (or its own 409): only an unreachable database is a 503.
        Assert.False(Xueshi.BuildingBlocks.Errors.DatabaseOutage.IsOutage(new InvalidOperationException("Sequence contains no elements")));
        Assert.False(Xueshi.BuildingBlocks.Errors.DatabaseOutage.IsOutage(
            new Npgsql.PostgresException("duplicate key", "ERROR", "ERROR", Npgsql.PostgresErrorCodes.UniqueViolation)));
        Assert.True(Xueshi.BuildingBlocks.Errors.DatabaseOutage.IsOutage(new InvalidOperationException("retry limit",
            new Npgsql.PostgresException("terminating connection due to administrator command", "FATAL", "FATAL", Npgsql.PostgresErrorCodes.AdminShutdown))));
    }
}
