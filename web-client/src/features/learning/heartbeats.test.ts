import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import type { HeartbeatAccepted, SendHeartbeat } from '../../api/xueshi-client';
import { HeartbeatSender, keepaliveHeartbeat, type HeartbeatTransport } from './heartbeats';

const accepted = (sequence: number): HeartbeatAccepted => ({
  sequence,
  duplicate: false,
  credited: true,
  quizDue: false,
  expiresAt: '2026-01-01T00:30:00Z',
  progress: {
    state: 'inProgress',
    watchedSeconds: 0,
    percentWatched: 0,
    watchedRanges: [],
    readingSeconds: 0,
    studySeconds: 0,
    quizCompleted: false,
  },
});

/** A transport that records what was sent, answering from `answer` (a problem object is thrown, as the generated client does). */
function fakeTransport(answer: (id: string, body: SendHeartbeat) => HeartbeatAccepted | { status: number; code: string; title: string; retryAfterSeconds?: number }) {
  const sent: { id: string; body: SendHeartbeat }[] = [];
  const keepalive: { id: string; body: SendHeartbeat }[] = [];
  const transport: HeartbeatTransport = {
    send: async (id, body) => {
      sent.push({ id, body });
      const a = answer(id, body);
      if ('status' in a) throw a;
      return a;
    },
    sendKeepalive: (id, body) => keepalive.push({ id, body }),
    restart: vi.fn(async () => 'second'),
  };
  return { transport, sent, keepalive };
}

describe('HeartbeatSender', () => {
  beforeEach(() => vi.useFakeTimers());
  afterEach(() => vi.useRealTimers());

  it('numbers heartbeats 1, 2, 3 and sends them one after the other, in order', async () => {
    let inFlight = 0;
    let maxInFlight = 0;
    const sent: SendHeartbeat[] = [];
    const transport: HeartbeatTransport = {
      send: async (_id, body) => {
        inFlight++;
        maxInFlight = Math.max(maxInFlight, inFlight);
        await Promise.resolve();
        sent.push(body);
        inFlight--;
        return accepted(body.sequence!);
      },
      sendKeepalive: () => undefined,
      restart: async () => 'x',
    };
    const sender = new HeartbeatSender({ playbackId: 'p', transport, intervalSeconds: 5 });
    void sender.send('play', { positionSeconds: 0, playing: true });
    void sender.send('pause', { positionSeconds: 3, playing: false });
    await sender.send('seek', { positionSeconds: 10, playing: false });
    expect(sent.map((b) => [b.sequence, b.event, b.positionSeconds])).toEqual([
      [1, 'play', 0],
      [2, 'pause', 3],
      [3, 'seek', 10],
    ]);
    expect(maxInFlight).toBe(1);
  });

  it('ticks every interval while playing and stays quiet while paused', async () => {
    const { transport, sent } = fakeTransport((_, b) => accepted(b.sequence!));
    let playing = true;
    let position = 0;
    const sender = new HeartbeatSender({ playbackId: 'p', transport, intervalSeconds: 5 });
    sender.startTicking(() => ({ positionSeconds: (position += 5), playing }));
    await vi.advanceTimersByTimeAsync(4_999);
    expect(sent).toHaveLength(0);
    await vi.advanceTimersByTimeAsync(1);
    expect(sent).toHaveLength(1);
    await vi.advanceTimersByTimeAsync(5_000);
    expect(sent.map((s) => s.body.event)).toEqual(['tick', 'tick']);
    playing = false;
    await vi.advanceTimersByTimeAsync(20_000);
    expect(sent).toHaveLength(2);
    sender.stopTicking();
  });

  it('replaces an expired playback (410) with a new one and says the heartbeat again there, from sequence 1', async () => {
    const { transport, sent } = fakeTransport((id, b) =>
      id === 'first' && b.sequence === 2 ? { status: 410, code: 'learning.playback_expired', title: '' } : accepted(b.sequence!),
    );
    const sender = new HeartbeatSender({ playbackId: 'first', transport, intervalSeconds: 5 });
    await sender.send('play', { positionSeconds: 0, playing: true });
    await sender.send('play', { positionSeconds: 0, playing: true });
    await sender.send('tick', { positionSeconds: 5, playing: true });
    expect(sent.map((s) => [s.id, s.body.sequence])).toEqual([
      ['first', 1],
      ['first', 2],
      ['second', 1],
      ['second', 2],
    ]);
    expect(sender.currentPlaybackId).toBe('second');
  });

  it('tells the player, before saying it again, which heartbeat the new playback starts from', async () => {
    const { transport, sent } = fakeTransport((id) =>
      id === 'first' ? { status: 410, code: 'learning.playback_expired', title: '' } : accepted(1),
    );
    const order: string[] = [];
    const sender = new HeartbeatSender({
      playbackId: 'first',
      transport,
      intervalSeconds: 5,
      onRestarted: (resent) => order.push(`restarted at ${resent.positionSeconds} (${sent.length} sent)`),
    });
    await sender.send('play', { positionSeconds: 42, playing: true });
    expect(order).toEqual(['restarted at 42 (1 sent)']);
    expect(sent.map((s) => [s.id, s.body.positionSeconds])).toEqual([
      ['first', 42],
      ['second', 42],
    ]);
  });

  it('backs off the periodic ticks after a 429 for the time the server asks, but still sends events', async () => {
    const { transport, sent } = fakeTransport((_, b) =>
      b.sequence === 1 ? { status: 429, code: 'rate_limited', title: '', retryAfterSeconds: 12 } : accepted(b.sequence!),
    );
    const sender = new HeartbeatSender({ playbackId: 'p', transport, intervalSeconds: 5 });
    await sender.tick({ positionSeconds: 5, playing: true });
    expect(sender.isBackingOff).toBe(true);
    await sender.tick({ positionSeconds: 10, playing: true });
    expect(sent).toHaveLength(1);
    await sender.send('pause', { positionSeconds: 11, playing: false });
    expect(sent).toHaveLength(2);
    await vi.advanceTimersByTimeAsync(12_000);
    await sender.tick({ positionSeconds: 20, playing: true });
    expect(sent).toHaveLength(3);
  });

  it('stops for good when the playback is not found (404)', async () => {
    const onLost = vi.fn();
    const { transport, sent } = fakeTransport(() => ({ status: 404, code: 'learning.playback_not_found', title: '' }));
    const sender = new HeartbeatSender({ playbackId: 'p', transport, intervalSeconds: 5, onLost });
    await sender.send('play', { positionSeconds: 0, playing: true });
    await sender.send('tick', { positionSeconds: 5, playing: true });
    expect(sent).toHaveLength(1);
    expect(onLost).toHaveBeenCalledOnce();
  });

  it('passes every answer on (the progress bar redraws from it)', async () => {
    const onAccepted = vi.fn();
    const { transport } = fakeTransport((_, b) => accepted(b.sequence!));
    const sender = new HeartbeatSender({ playbackId: 'p', transport, intervalSeconds: 5, onAccepted });
    await sender.send('play', { positionSeconds: 0, playing: true });
    expect(onAccepted).toHaveBeenCalledWith(expect.objectContaining({ sequence: 1 }));
  });

  it('sends the last word with keepalive, numbered after the ones before it', async () => {
    const { transport, keepalive } = fakeTransport((_, b) => accepted(b.sequence!));
    const sender = new HeartbeatSender({ playbackId: 'p', transport, intervalSeconds: 5 });
    await sender.send('play', { positionSeconds: 0, playing: true });
    sender.sendFinal('hidden', { positionSeconds: 4, playing: false });
    expect(keepalive).toEqual([{ id: 'p', body: { sequence: 2, positionSeconds: 4, playbackRate: undefined, playing: false, event: 'hidden' } }]);
  });
});

describe('keepaliveHeartbeat', () => {
  it('posts with keepalive and the bearer token, as sendBeacon cannot', () => {
    const fetchImpl = vi.fn(async () => new Response(null, { status: 200 }));
    keepaliveHeartbeat('abc', { sequence: 3, playing: false, event: 'hidden' }, 'tok', fetchImpl as unknown as typeof fetch);
    expect(fetchImpl).toHaveBeenCalledWith('/api/v1/playbacks/abc/heartbeats', {
      method: 'POST',
      keepalive: true,
      headers: { 'Content-Type': 'application/json', Accept: 'application/json', Authorization: 'Bearer tok' },
      body: JSON.stringify({ sequence: 3, playing: false, event: 'hidden' }),
    });
  });
});
