import type { HeartbeatAccepted, HeartbeatEvent, SendHeartbeat } from '../../api/xueshi-client';
import { toProblem } from '../../shared/problem/problem';

/** What the player is doing at the moment a heartbeat leaves. */
export interface PlayerSample {
  /** Omitted for a text resource. */
  positionSeconds?: number;
  playbackRate?: number;
  /** Playing (a text: visible). */
  playing: boolean;
}

export interface HeartbeatTransport {
  send(playbackId: string, body: SendHeartbeat): Promise<HeartbeatAccepted>;
  /** A heartbeat that must leave even as the page goes away (fetch keepalive); nobody reads the answer. */
  sendKeepalive(playbackId: string, body: SendHeartbeat): void;
  /** Starts a new playback of the same resource (the old one expired); resolves to its id. */
  restart(): Promise<string>;
}

export interface HeartbeatOptions {
  playbackId: string;
  transport: HeartbeatTransport;
  intervalSeconds: number;
  onAccepted?: (accepted: HeartbeatAccepted) => void;
  /** The playback is gone for good (someone else's, or not found): stop. */
  onLost?: () => void;
  /**
   * A new playback replaced an expired one and `resent` is about to be said again on it. The server
   * measures the next advance from this heartbeat, so a player that moved on during the restart's
   * round trips goes back to `resent`'s position: otherwise the next tick looks too fast and is not credited.
   */
  onRestarted?: (resent: PlayerSample) => void;
  now?: () => number;
}

/**
 * Sends the heartbeats of one playback: numbered 1, 2, 3… and sent one after the other, so the
 * server never sees a later one before an earlier one (it ignores anything out of order). An
 * expired playback (410) is replaced by a new one without a word to the teacher; a 429 holds back
 * the periodic ticks for the time the server asks (events still go: they carry what happened).
 */
export class HeartbeatSender {
  private playbackId: string;
  private sequence = 0;
  private chain: Promise<unknown> = Promise.resolve();
  private backoffUntil = 0;
  private timer: ReturnType<typeof setInterval> | undefined;
  private lost = false;
  private readonly now: () => number;

  constructor(private readonly options: HeartbeatOptions) {
    this.playbackId = options.playbackId;
    this.now = options.now ?? Date.now;
  }

  get currentPlaybackId(): string {
    return this.playbackId;
  }

  get lastSequence(): number {
    return this.sequence;
  }

  get isBackingOff(): boolean {
    return this.now() < this.backoffUntil;
  }

  /** Queues a heartbeat; resolves once it was answered (or failed), never rejects. */
  send(event: HeartbeatEvent, sample: PlayerSample): Promise<HeartbeatAccepted | undefined> {
    if (this.lost) return Promise.resolve(undefined);
    const next = this.chain.then(() => this.deliver(event, sample, true));
    this.chain = next;
    return next;
  }

  /** The periodic heartbeat while playing: skipped while the server asked to back off. */
  tick(sample: PlayerSample): Promise<HeartbeatAccepted | undefined> {
    if (this.isBackingOff) return Promise.resolve(undefined);
    return this.send('tick', sample);
  }

  /** The last word as the page is hidden or closed: leaves at once, with keepalive. */
  sendFinal(event: HeartbeatEvent, sample: PlayerSample): void {
    // Nothing said yet, nothing to close (and a sender made twice for one playback must not spend sequence 1).
    if (this.lost || this.sequence === 0) return;
    this.options.transport.sendKeepalive(this.playbackId, this.body(event, sample));
  }

  /** Ticks every intervalSeconds while `sample()` says playing (a text: visible). */
  startTicking(sample: () => PlayerSample): void {
    this.stopTicking();
    this.timer = setInterval(() => {
      const s = sample();
      if (s.playing) void this.tick(s);
    }, this.options.intervalSeconds * 1000);
  }

  stopTicking(): void {
    if (this.timer !== undefined) clearInterval(this.timer);
    this.timer = undefined;
  }

  dispose(): void {
    this.stopTicking();
    this.lost = true;
  }

  private body(event: HeartbeatEvent, sample: PlayerSample): SendHeartbeat {
    return {
      sequence: ++this.sequence,
      positionSeconds: sample.positionSeconds,
      playbackRate: sample.playbackRate,
      playing: sample.playing,
      event,
    };
  }

  private async deliver(event: HeartbeatEvent, sample: PlayerSample, mayRestart: boolean): Promise<HeartbeatAccepted | undefined> {
    if (this.lost) return undefined;
    try {
      const accepted = await this.options.transport.send(this.playbackId, this.body(event, sample));
      this.options.onAccepted?.(accepted);
      return accepted;
    } catch (error) {
      const problem = toProblem(error);
      if (problem.status === 410 && mayRestart) {
        // The playback expired (a long pause, a sleeping phone): start a new one and say it again.
        try {
          this.playbackId = await this.options.transport.restart();
          this.sequence = 0;
        } catch {
          return undefined;
        }
        this.options.onRestarted?.(sample);
        return this.deliver(event, sample, false);
      }
      if (problem.status === 429) {
        this.backoffUntil = this.now() + (problem.retryAfterSeconds ?? this.options.intervalSeconds * 2) * 1000;
        return undefined;
      }
      if (problem.status === 404 || problem.status === 403) {
        this.lost = true;
        this.stopTicking();
        this.options.onLost?.();
      }
      // Offline or a server error: the next heartbeat carries the position on.
      return undefined;
    }
  }
}

/**
 * The heartbeat that leaves as the page goes away. fetch with keepalive outlives the page and,
 * unlike sendBeacon, can carry the bearer token the API requires.
 */
export function keepaliveHeartbeat(playbackId: string, body: SendHeartbeat, accessToken: string | undefined, fetchImpl: typeof fetch = fetch): void {
  const headers: Record<string, string> = { 'Content-Type': 'application/json', Accept: 'application/json' };
  if (accessToken) headers.Authorization = `Bearer ${accessToken}`;
  void fetchImpl(`/api/v1/playbacks/${encodeURIComponent(playbackId)}/heartbeats`, {
    method: 'POST',
    keepalive: true,
    headers,
    body: JSON.stringify(body),
  }).catch(() => undefined);
}
