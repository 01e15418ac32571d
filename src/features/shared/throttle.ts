// Slows down guessing (candidate link tokens, passwords, invitation links): after too many failures for one
// key (an address, an account) in a window, every attempt for that key is refused until the window has
// passed, a right one included (otherwise a guesser could keep going until one lands). Kept in memory:
// each process counts its own.
export interface Throttle {
  /** Milliseconds until `key` may try again, or 0 when it may try now. */
  retryAfter(key: string, now?: number): number;
  fail(key: string, now?: number): void;
}

export function createThrottle(options: { limit: number; windowMs: number; maxKeys?: number }): Throttle {
  const failures = new Map<string, number[]>();
  const maxKeys = options.maxKeys ?? 10_000;
  const recent = (key: string, now: number) => {
    const kept = (failures.get(key) ?? []).filter((at) => now - at < options.windowMs);
    if (kept.length === 0) failures.delete(key);
    else failures.set(key, kept);
    return kept;
  };
  return {
    retryAfter(key, now = Date.now()) {
      const kept = recent(key, now);
      if (kept.length < options.limit) return 0;
      return options.windowMs - (now - (kept[kept.length - options.limit] as number));
    },
    fail(key, now = Date.now()) {
      // Memory stays bounded under a flood from many addresses: the oldest address is forgotten first.
      if (!failures.has(key) && failures.size >= maxKeys) {
        const oldest = failures.keys().next().value;
        if (oldest !== undefined) failures.delete(oldest);
      }
      failures.set(key, [...recent(key, now), now]);
    },
  };
}
