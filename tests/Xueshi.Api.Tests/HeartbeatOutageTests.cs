using System.Net;
using Xueshi.Api.Tests.Infrastructure;

namespace Xueshi.Api.Tests;

/// <summary>While PostgreSQL is away a heartbeat gets the same 503 as every other call, promptly (the writer bounds its wait), and it is taken again once the database is back.</summary>
public sealed class HeartbeatOutageTests(ApiFixture api) : IClassFixture<ApiFixture>
{
    [Fact]
    public async Task A_heartbeat_during_an_outage_is_503_with_Retry_After_and_the_player_resumes_afterwards()
    {
        await using var proxy = TcpOutageProxy.Start(api.ConnectionString);
        await using var factory = new XueshiApiFactory(proxy.ConnectionStringFor(api.ConnectionString));
        var client = factory.CreateClient();
        var program = await CatalogSeed.OpenProgramAsync(factory, "断库心跳专题");
        var teacher = await client.TeacherAtSchoolAsync(api.ConnectionString);
        await client.EnrollOkAsync(teacher.Token, program.ProgramId);
        var player = await client.StartPlayerAsync(factory, teacher.Token, program.ProgramId, program.ExtensionId);
        await player.PlayAsync();

        proxy.Cut();
        factory.Clock.Advance(TimeSpan.FromSeconds(5));
        var refused = await player.SendRawAsync(2, 5, true);

        Assert.Equal("service_unavailable", (await refused.ReadProblemAsync(HttpStatusCode.ServiceUnavailable)).Code);
        Assert.Equal(TimeSpan.FromSeconds(5), refused.Headers.RetryAfter?.Delta);

        proxy.Restore();
        // Connections broken by the cut are dropped on first use; the same heartbeat, sent again, is then taken.
        HttpResponseMessage? retried = null;
        for (var attempt = 0; attempt < 20 && retried?.StatusCode != HttpStatusCode.OK; attempt++)
        {
            retried = await player.SendRawAsync(2, 5, true);
        }

        Assert.Equal(HttpStatusCode.OK, retried!.StatusCode);
    }
}
