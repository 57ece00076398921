
using Xueshi.BuildingBlocks.Errors;

namespace Xueshi.Host.DevClock;

/// <summary>What to do with the test clock: move it to an instant, or forward by some seconds.</summary>
/// <param name="At">The instant the clock jumps to (time flows on from there).</param>
/// <param name="AdvanceSeconds">Seconds to move the clock forward (or back, when negative).</param>
internal sealed record SetTestClock(DateTimeOffset? At, double? AdvanceSeconds);

/// <param name="Now">The Host's now after the change.</param>
/// <param name="OffsetSeconds">How far it is from real time.</param>
internal sealed record TestClockState(DateTimeOffset Now, double OffsetSeconds);

/// <summary>
/// Development only, like the SMS inbox: <c>PUT /api/v1/dev/clock</c> moves the Host's clock,
/// <c>DELETE</c> returns it to real time, <c>GET</c> reads it. Not in the OpenAPI document.
/// </summary>
internal static class TestClockEndpoints
{
    /// <summary>About a century: far enough for any window, near enough that dates stay valid.</summary>
    private const double MaxSeconds = 100 * 366 * 86400.0;

    public static void MapTestClock(this WebApplication app)
    {
        if (!app.Environment.IsDevelopment() || app.Services.GetService<TimeProvider>() is not TestClock)
        {
            return;
        }

        var group = app.MapGroup("/api/v1/dev").ExcludeFromDescription().AllowAnonymous();
        group.MapGet("/clock", (TestClock clock) => TypedResults.Ok(State(clock)));
        group.MapPut("/clock", (SetTestClock request, TestClock clock) =>
        {
            if ((request.At is null) == (request.AdvanceSeconds is null))
            {
                return Invalid("Send either at (an instant) or advanceSeconds, not both.");
            }

            if (request.AdvanceSeconds is { } seconds)
            {
                if (!double.IsFinite(seconds) || Math.Abs(seconds) > MaxSeconds)
                {
                    return Invalid("advanceSeconds must be a finite number of at most a century.");
                }

                clock.Advance(TimeSpan.FromSeconds(seconds));
            }
            else
            {
                var at = request.At!.Value;
                if (at.Year is < 2000 or > 2100)
                {
                    return Invalid("at must lie between 2000 and 2100.");
                }

                clock.SetTo(at);
            }

            return Results.Ok(State(clock));
        });
        group.MapDelete("/clock", (TestClock clock) =>
        {
            clock.Reset();
            return TypedResults.Ok(State(clock));
        });
    }

    private static TestClockState State(TestClock clock) => new(clock.GetUtcNow(), clock.Offset.TotalSeconds);

    private static readonly AppError ClockInvalid = new("dev.clock_invalid", StatusCodes.Status400BadRequest,
        "测试时钟的设置无效：请只给出 at（某一时刻）或 advanceSeconds（前进的秒数），时刻在2000至2100年之间，秒数不超过一百年。",
        "Send either at (an instant between 2000 and 2100) or advanceSeconds (at most a century), not both.");

    private static IResult Invalid(string _) => throw ClockInvalid.ToException();
}
