// A list merged anew keeps the objects of the previous one where nothing changed, so that what is drawn from
// them (memoised markers and rows) can tell a changed entry by its identity alone.

/** `next`, with each entry equal to one of `previous` replaced by it; `previous` itself if nothing changed. */
export function keepUnchanged<T extends { id: string }>(previous: readonly T[], next: T[]): T[] {
  const before = new Map(previous.map((entry) => [entry.id, entry]));
  let changed = previous.length !== next.length;
  const kept = next.map((entry, index) => {
    const old = before.get(entry.id);
    const same = old !== undefined && sameFields(old, entry) ? old : entry;
    if (same !== previous[index]) changed = true;
    return same;
  });
  return changed ? kept : (previous as T[]);
}

function sameFields(a: object, b: object): boolean {
  const keys = Object.keys(a);
  if (keys.length !== Object.keys(b).length) return false;
  return keys.every((key) => {
    const x: unknown = (a as Record<string, unknown>)[key];
    const y: unknown = (b as Record<string, unknown>)[key];
    if (Object.is(x, y)) return true;
    return typeof x === "object" && typeof y === "object" && x !== null && y !== null && sameFields(x, y);
  });
}
