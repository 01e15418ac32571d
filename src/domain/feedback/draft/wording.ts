// How the draft says times, counts and lists. No Intl and no locale: the same input gives the same text on
// the server and in any browser.

/**
 * A moment of the interview as a clock shows it, in whole minutes elapsed: 19:30 is "at 19 minutes", which
 * is what the interviewer saw on the timeline.
 */
export function atMinute(seconds: number): string {
  const minutes = Math.floor(seconds / 60);
  if (minutes === 0) return "in the first minute";
  return minutes === 1 ? "at 1 minute" : `at ${minutes} minutes`;
}

/** A moment said approximately, to the nearest minute: 1:55 is "about 2 minutes in". */
export function aboutMinutesIn(seconds: number): string {
  const minutes = Math.round(seconds / 60);
  if (minutes === 0) return "in the first minute";
  return minutes === 1 ? "about 1 minute in" : `about ${minutes} minutes in`;
}

/** A benchmark's minutes, to the nearest whole minute and never 0: "12 minutes". */
export function benchmarkMinutes(minutes: number): string {
  const rounded = benchmarkMinuteCount(minutes);
  return rounded === 1 ? "1 minute" : `${rounded} minutes`;
}

export function benchmarkMinuteCount(minutes: number): number {
  return Math.max(1, Math.round(minutes));
}

/** "no hints", "1 hint", "2 hints". */
export function count(n: number, singular: string, plural = `${singular}s`): string {
  if (n === 0) return `no ${plural}`;
  return `${n} ${n === 1 ? singular : plural}`;
}

/** A median that may fall between two counts (2.5 layers is "2 or 3"). */
export function medianCount(median: number): string {
  const low = Math.floor(median);
  const high = Math.ceil(median);
  return low === high ? String(low) : `${low} or ${high}`;
}

export function joinList(parts: readonly string[], conjunction = "and"): string {
  if (parts.length <= 1) return parts.join("");
  if (parts.length === 2) return `${parts[0]} ${conjunction} ${parts[1]}`;
  return `${parts.slice(0, -1).join(", ")} ${conjunction} ${parts[parts.length - 1]}`;
}

/** A layer's title as the question names it, in the same quotes as the benchmark summary. */
export function quoted(title: string): string {
  return `“${title}”`;
}

/** The interviewer's own words as a sentence: trimmed, ending in a full stop unless it already ends. */
export function asSentence(text: string): string {
  const trimmed = text.trim();
  if (trimmed === "") return "";
  // A closing bracket is not an ending: "Described the sort as O(n)" still needs its full stop.
  return /[.!?…]["”’']*$/.test(trimmed) ? trimmed : `${trimmed}.`;
}

export function capitalise(text: string): string {
  return text.charAt(0).toUpperCase() + text.slice(1);
}

export function lineRange(startLine: number, endLine: number): string {
  return startLine === endLine ? `line ${startLine}` : `lines ${startLine}-${endLine}`;
}
