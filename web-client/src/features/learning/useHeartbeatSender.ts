import { useEffect, useRef, type RefObject } from 'react';
import type { HeartbeatAccepted } from '../../api/xueshi-client';
import { learningApi } from '../../shared/learning/learningApi';
import { tokenStore } from '../../shared/session/session';
import { HeartbeatSender, keepaliveHeartbeat, type PlayerSample } from './heartbeats';

export interface HeartbeatSenderSetup {
  playbackId: string;
  intervalSeconds: number;
  /** Starts a new playback of the same resource when this one expired; resolves to its id. */
  restart: () => Promise<string>;
  onAccepted: (accepted: HeartbeatAccepted) => void;
  /** What the player is doing now; the last word as the page goes away says "not playing" with it. */
  sample: () => PlayerSample;
  /** Called once the sender exists (a text starts reading at once; a video waits for play). */
  onStart?: (sender: HeartbeatSender) => void;
  /** The page became visible or hidden. */
  onVisibilityChange?: (sender: HeartbeatSender, visible: boolean) => void;
  /** An expired playback was replaced and `resent` is said again on the new one (see HeartbeatOptions). */
  onRestarted?: (resent: PlayerSample) => void;
}

/**
 * One heartbeat sender per playback, shared by the video player and the text reader: heartbeats go
 * through the API client, the last word (page hide, leaving the page within the app) with fetch
 * keepalive and the current token, and an expired playback is restarted. The sender is made again
 * when the playback, its interval, `restart`, `onAccepted` or `sample` change, so pass stable
 * callbacks; `onStart`, `onVisibilityChange` and `onRestarted` may change freely.
 */
export function useHeartbeatSender(setup: HeartbeatSenderSetup): RefObject<HeartbeatSender | null> {
  const senderRef = useRef<HeartbeatSender | null>(null);
  const { playbackId, intervalSeconds, restart, onAccepted, sample } = setup;
  const handlers = useRef(setup);
  // Declared before the sender's effect, so it runs first: the handlers are the latest on mount too.
  useEffect(() => {
    handlers.current = setup;
  });

  useEffect(() => {
    const sender = new HeartbeatSender({
      playbackId,
      intervalSeconds,
      transport: {
        send: learningApi.sendHeartbeat,
        sendKeepalive: (id, body) => keepaliveHeartbeat(id, body, tokenStore.get()?.accessToken),
        restart,
      },
      onAccepted,
      onRestarted: (resent) => handlers.current.onRestarted?.(resent),
    });
    senderRef.current = sender;
    handlers.current.onStart?.(sender);
    const onVisibility = () => handlers.current.onVisibilityChange?.(sender, document.visibilityState === 'visible');
    const onPageHide = () => sender.sendFinal('hidden', { ...sample(), playing: false });
    document.addEventListener('visibilitychange', onVisibility);
    window.addEventListener('pagehide', onPageHide);
    return () => {
      document.removeEventListener('visibilitychange', onVisibility);
      window.removeEventListener('pagehide', onPageHide);
      // Leaving the page within the app: the last word goes with keepalive, like a page close.
      sender.sendFinal('pause', { ...sample(), playing: false });
      sender.dispose();
      if (senderRef.current === sender) senderRef.current = null;
    };
  }, [playbackId, intervalSeconds, restart, onAccepted, sample]);

  return senderRef;
}
