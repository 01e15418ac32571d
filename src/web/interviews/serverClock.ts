// The server's clock, as this browser sees it. Events are stamped with the seconds since the interview
// started, and the start (startedAt) is the server's time: a laptop whose clock is two minutes fast would
// stamp every event two minutes late (and one that is slow, at 0). So the cockpit counts by the server's
// clock: Date.now() plus an offset learnt from the `Date` header of the server's answers to a few cheap
// requests (/healthz). Not from the start request's answer: it is there only for whoever starts the
// interview, not after a reload, and it holds the first start's time when the interview was already started.
//
// A Date header has whole seconds: the server's time was in [D, D + 1 s) at some moment between sending the
// request and receiving the answer, so each answer bounds the offset (server − client) to
// [D − received, D + 1000 − sent]. One answer alone leaves it within about half a second; a round of
// probes taken at different fractions of a second narrows the intersection of their bounds to a tenth of a
// second or so, which is what whole-second stamps need. A new round every few minutes follows a clock that
// drifts or is changed; an answer that contradicts the bounds (the laptop's clock jumped) starts them again.

/** What the offset (server − client, ms) is known to lie within. */
export interface OffsetBounds {
  low: number;
  high: number;
}

/** The bounds one answer gives: its Date header, and when (client ms) the request was sent and answered. */
export function boundsFromDateHeader(date: string, sentAt: number, receivedAt: number): OffsetBounds | null {
  const server = Date.parse(date);
  if (Number.isNaN(server) || receivedAt < sentAt) return null;
  return { low: server - receivedAt, high: server + 1000 - sentAt };
}

/** Both bounds at once; a sample that contradicts what was known replaces it. */
export function narrowBounds(known: OffsetBounds | null, sample: OffsetBounds): OffsetBounds {
  if (!known) return sample;
  const low = Math.max(known.low, sample.low);
  const high = Math.min(known.high, sample.high);
  return low <= high ? { low, high } : sample;
}

/** The best guess within the bounds: their middle (0, the client's own clock, while nothing is known). */
export function offsetWithin(bounds: OffsetBounds | null): number {
  return bounds ? Math.round((bounds.low + bounds.high) / 2) : 0;
}

/** 10 probes 1.3 s apart fall at ten different tenths of a second. */
const PROBES_PER_ROUND = 10;
const PROBE_SPACING_MS = 1300;
const ROUND_EVERY_MS = 5 * 60_000;

let known: OffsetBounds | null = null;

/** Now (ms since the epoch) by the server's clock; by this browser's until the server has answered once. */
export function serverNow(): number {
  return Date.now() + offsetWithin(known);
}

async function probe(): Promise<OffsetBounds | null> {
  const sentAt = Date.now();
  try {
    // /healthz is the cheapest answer the server gives; no-store so that no cache answers instead.
    const response = await fetch("/healthz", { cache: "no-store" });
    const date = response.headers.get("date");
    return date ? boundsFromDateHeader(date, sentAt, Date.now()) : null;
  } catch {
    return null; // Unreachable: keep what is known.
  }
}

let running: Promise<void> | null = null;

/** One round of probes. The first round narrows the offset as it goes; later ones replace it when done. */
function runRound(): Promise<void> {
  running ??= (async () => {
    const first = known === null;
    let round: OffsetBounds | null = null;
    for (let i = 0; i < PROBES_PER_ROUND; i++) {
      if (i > 0) await new Promise((resolve) => setTimeout(resolve, PROBE_SPACING_MS));
      const sample = await probe();
      if (!sample) continue;
      round = narrowBounds(round, sample);
      if (first) known = round;
    }
    if (round) known = round;
  })().finally(() => {
    running = null;
  });
  return running;
}

/** Keeps the offset learnt while an interview is open: a round at once, then every few minutes; returns the stop. */
export function followServerClock(): () => void {
  void runRound();
  const id = setInterval(() => void runRound(), ROUND_EVERY_MS);
  return () => clearInterval(id);
}
