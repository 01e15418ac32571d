/** Today as a date input's value (YYYY-MM-DD, local time). */
export function today(): string {
  const now = new Date();
  return new Date(now.getTime() - now.getTimezoneOffset() * 60_000).toISOString().slice(0, 10);
}

/** A date input's value as RFC 3339, at local noon so the day shown is the day stored in every time zone near it. */
export function dateInputToTimestamp(value: string): string {
  return new Date(`${value}T12:00:00`).toISOString();
}
