namespace Xueshi.Api.Tests.Infrastructure;

/// <summary>
/// For what the outbox delivers in the background: polls until the condition holds, failing after 30 s
/// (generous: the dispatcher polls every 200 ms in tests, but a loaded CI machine can stall for seconds).
/// </summary>
internal static class Eventually
{
    public static async Task HoldsAsync(Func<Task<bool>> condition, string what = "The condition")
    {
        var deadline = DateTime.UtcNow.AddSeconds(30);
        while (!await condition())
        {
            Assert.True(DateTime.UtcNow < deadline, $"{what} was not met within 30 s.");
            await Task.Delay(100);
        }
    }
}
