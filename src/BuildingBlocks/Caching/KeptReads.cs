using System.Collections.Concurrent;
using System.Diagnostics;

namespace Xueshi.BuildingBlocks.Caching;

/// <summary>
/// Reads that change only when someone edits them (a program's outline, the rules version in force), kept in
/// the process for hot paths. An entry is good while the owner's change counter has not moved since it was
/// read and it is younger than the maximum age: a change saved through this process moves the counter (the
/// owner's DbContext does it after the save), one saved by another Host instance shows after at most the age.
/// The caller reads the counter before its query and stores with that value, so a change during the query
/// makes what it read stale at once.
/// </summary>
public sealed class KeptReads<TKey, TValue>(TimeSpan maxAge, int maxEntries = KeptReads<TKey, TValue>.DefaultMaxEntries)
    where TKey : notnull
{
    // A bound, not a policy: a platform has hundreds of programs; a test run makes thousands of small ones.
    public const int DefaultMaxEntries = 2000;

    private readonly ConcurrentDictionary<TKey, Entry> _entries = new();

    public TimeSpan MaxAge { get; } = maxAge;

    public bool TryGet(TKey key, long changes, out TValue value)
    {
        if (_entries.TryGetValue(key, out var entry) && entry.Changes == changes && Stopwatch.GetElapsedTime(entry.ReadAt) < MaxAge)
        {
            value = entry.Value;
            return true;
        }

        value = default!;
        return false;
    }

    public void Store(TKey key, TValue value, long changes)
    {
        if (_entries.Count >= maxEntries)
        {
            _entries.Clear();
        }

        _entries[key] = new Entry(value, changes, Stopwatch.GetTimestamp());
    }

    private sealed record Entry(TValue Value, long Changes, long ReadAt);
}
