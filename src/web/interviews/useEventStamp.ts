import { useCallback, useRef } from "react";
import { serverNow } from "./serverClock";

export const MAX_SECONDS = 86_400;

/** When an event happened: whole seconds since the start, and a sequence that orders events within one second. */
export interface Stamp {
  at: number;
  seq: number;
}

/** Seconds since the interview started, whole, from 0 to a day. */
export function secondsSince(startedMs: number, nowMs: number): number {
  return Math.min(MAX_SECONDS, Math.max(0, Math.floor((nowMs - startedMs) / 1000)));
}

/**
 * Stamps read when a key is pressed, by the server's clock (the start is the server's time, see
 * serverClock.ts). A snapshot of a finished interview is stamped at its end.
 */
export function useEventStamp(startedMs: number | null, endedAfter: number | null) {
  const lastSeq = useRef(0);
  const lastAt = useRef(0);
  // Another interview (or its start) starts the order afresh.
  const base = useRef(startedMs);
  if (base.current !== startedMs) {
    base.current = startedMs;
    lastAt.current = 0;
    lastSeq.current = 0;
  }
  const stamp = useCallback((): Stamp => {
    const ms = startedMs === null ? 0 : serverNow() - startedMs;
    // Never before the last stamp: a finer reading of the server's clock can move it back a little, and a
    // key pressed later must not land earlier on the timeline.
    const at = Math.min(MAX_SECONDS, Math.max(0, lastAt.current, Math.floor(ms / 1000)));
    lastAt.current = at;
    // Milliseconds since the start, and never twice the same, so two keys in one second keep their order.
    const seq = Math.min(2_147_483_647, Math.max(lastSeq.current + 1, Math.floor(ms)));
    lastSeq.current = seq;
    return { at, seq };
  }, [startedMs]);
  const snapshotStamp = useCallback(() => endedAfter ?? stamp().at, [stamp, endedAfter]);
  return { stamp, snapshotStamp };
}
