// Whether a retried event write carries the same body as the event already stored under its client id:
// the same body is the same note (answer with the stored one), a different body is a conflict.
export interface EventBody {
  interviewId: string;
  at: number;
  kind: string;
  text: string | null;
  topic: string | null;
  layer: number | null;
}

export function sameEvent(a: EventBody, b: EventBody): boolean {
  return (
    a.interviewId === b.interviewId &&
    a.at === b.at &&
    a.kind === b.kind &&
    (a.text ?? null) === (b.text ?? null) &&
    (a.topic ?? null) === (b.topic ?? null) &&
    (a.layer ?? null) === (b.layer ?? null)
  );
}
