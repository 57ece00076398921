import { act, renderHook, waitFor } from '@testing-library/react';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import type { HeartbeatAccepted, SendHeartbeat } from '../../api/xueshi-client';
import { learningApi } from '../../shared/learning/learningApi';
import { tokenStore } from '../../shared/session/session';
import type { PlayerSample } from './heartbeats';
import { useHeartbeatSender, type HeartbeatSenderSetup } from './useHeartbeatSender';

vi.mock('../../shared/learning/learningApi', () => ({
  learningApi: { sendHeartbeat: vi.fn() },
  progressKeys: { program: (id: string) => ['progress', id] },
}));

const sendHeartbeat = vi.mocked(learningApi.sendHeartbeat);
const accepted = { sequence: 1 } as unknown as HeartbeatAccepted;
const playing: PlayerSample = { positionSeconds: 12, playbackRate: 2, playing: true };

/** The bodies that left with fetch keepalive (the last word as the page goes away). */
function keepaliveBodies(fetchMock: ReturnType<typeof vi.fn>): { url: string; body: SendHeartbeat; keepalive: boolean; auth?: string }[] {
  return fetchMock.mock.calls.map((call) => {
    const [url, init] = call as [string, RequestInit];
    return {
      url,
      body: JSON.parse(init.body as string) as SendHeartbeat,
      keepalive: !!init.keepalive,
      auth: (init.headers as Record<string, string>).Authorization,
    };
  });
}

function setup(overrides: Partial<HeartbeatSenderSetup> = {}): HeartbeatSenderSetup {
  return {
    playbackId: 'p1',
    intervalSeconds: 5,
    restart: vi.fn(async () => 'p2'),
    onAccepted: vi.fn(),
    sample: () => playing,
    ...overrides,
  };
}

describe('useHeartbeatSender', () => {
  let fetchMock: ReturnType<typeof vi.fn>;

  beforeEach(() => {
    fetchMock = vi.fn(async () => new Response('{}'));
    vi.stubGlobal('fetch', fetchMock);
    sendHeartbeat.mockResolvedValue(accepted);
    tokenStore.set({ accessToken: 'token-1', accessExpiresAt: Date.now() + 900_000 });
  });

  afterEach(() => {
    tokenStore.clear();
  });

  it('hands the new sender to onStart and sends through the API, telling onAccepted the answer', async () => {
    const s = setup({ onStart: (sender) => void sender.send('play', playing) });
    const { result } = renderHook(() => useHeartbeatSender(s));

    await waitFor(() => expect(s.onAccepted).toHaveBeenCalledWith(accepted));
    expect(sendHeartbeat).toHaveBeenCalledWith('p1', expect.objectContaining({ sequence: 1, event: 'play', positionSeconds: 12, playing: true }));
    expect(result.current.current?.currentPlaybackId).toBe('p1');
  });

  it('starts a new playback through restart when the server says the playback expired (410)', async () => {
    sendHeartbeat.mockRejectedValueOnce({ status: 410, code: 'learning.playback_expired', title: '播放已过期' });
    const s = setup();
    const { result } = renderHook(() => useHeartbeatSender(s));

    await act(() => result.current.current!.send('tick', playing));

    expect(s.restart).toHaveBeenCalledOnce();
    expect(sendHeartbeat).toHaveBeenLastCalledWith('p2', expect.objectContaining({ sequence: 1, event: 'tick' }));
    expect(s.onAccepted).toHaveBeenCalledWith(accepted);
  });

  it('says "not playing" with keepalive and the current token as the page is hidden away', async () => {
    const s = setup();
    const { result } = renderHook(() => useHeartbeatSender(s));
    await act(() => result.current.current!.send('play', playing));

    act(() => {
      window.dispatchEvent(new Event('pagehide'));
    });

    expect(keepaliveBodies(fetchMock)).toEqual([
      {
        url: '/api/v1/playbacks/p1/heartbeats',
        body: expect.objectContaining({ sequence: 2, event: 'hidden', positionSeconds: 12, playing: false }),
        keepalive: true,
        auth: 'Bearer token-1',
      },
    ]);
  });

  it('tells onVisibilityChange whether the page is visible, with the latest handler', async () => {
    const seen: string[] = [];
    const base = setup();
    const { result, rerender } = renderHook((props: HeartbeatSenderSetup) => useHeartbeatSender(props), {
      initialProps: { ...base, onVisibilityChange: () => void seen.push('old') } as HeartbeatSenderSetup,
    });
    const sender = result.current.current;
    // A new handler (an inline arrow on every render) does not make a new sender.
    rerender({ ...base, onVisibilityChange: (_sender, visible) => void seen.push(visible ? 'visible' : 'hidden') });
    expect(result.current.current).toBe(sender);

    const state = vi.spyOn(document, 'visibilityState', 'get');
    state.mockReturnValue('hidden');
    act(() => {
      document.dispatchEvent(new Event('visibilitychange'));
    });
    state.mockReturnValue('visible');
    act(() => {
      document.dispatchEvent(new Event('visibilitychange'));
    });

    expect(seen).toEqual(['hidden', 'visible']);
  });

  it('on leaving the page sends the last word with keepalive, then goes quiet and stops listening', async () => {
    const s = setup();
    const { result, unmount } = renderHook(() => useHeartbeatSender(s));
    const sender = result.current.current!;
    await act(() => sender.send('play', playing));

    unmount();

    expect(keepaliveBodies(fetchMock).map((k) => [k.body.event, k.body.playing])).toEqual([['pause', false]]);
    expect(result.current.current).toBeNull();
    expect(await sender.send('tick', playing)).toBeUndefined();
    window.dispatchEvent(new Event('pagehide'));
    expect(fetchMock).toHaveBeenCalledOnce();
    expect(sendHeartbeat).toHaveBeenCalledOnce();
  });

  it('makes a new sender for a new playback, closing the old one', async () => {
    const { result, rerender } = renderHook((props: HeartbeatSenderSetup) => useHeartbeatSender(props), { initialProps: setup() });
    const first = result.current.current!;
    await act(() => first.send('play', playing));

    rerender(setup({ playbackId: 'p3' }));

    expect(result.current.current).not.toBe(first);
    expect(result.current.current?.currentPlaybackId).toBe('p3');
    expect(keepaliveBodies(fetchMock).map((k) => k.url)).toEqual(['/api/v1/playbacks/p1/heartbeats']);
  });
});
