namespace Xueshi.BuildingBlocks.Messaging;

public sealed class OutboxOptions
{
    public const string Section = "Xueshi:Outbox";

    /// <summary>Off only in tests that prove a stopped dispatcher loses nothing.</summary>
    public bool DispatcherEnabled { get; set; } = true;

    public TimeSpan PollInterval { get; set; } = TimeSpan.FromSeconds(2);

    public int BatchSize { get; set; } = 50;
}
