// The reminder a recruiter gets when candidates come due for a second look: who, when they interviewed, and
// where to see them. Plain text, one message a run, however many candidates it names.

export interface DueCandidate {
  name: string;
  heldAt: Date;
  questionTitle: string | null;
}

const day = (date: Date) =>
  date.toLocaleDateString("en-GB", { day: "numeric", month: "long", year: "numeric", timeZone: "UTC" });

export function secondLookEmail(input: {
  recipientName: string;
  organizationName: string;
  months: number;
  candidates: readonly DueCandidate[];
  url: string;
}): { subject: string; text: string } {
  const count = input.candidates.length;
  const who = count === 1 ? (input.candidates[0]?.name ?? "A candidate") : `${count} candidates`;
  const lines = input.candidates.map(
    (candidate) =>
      `- ${candidate.name}, interviewed ${day(candidate.heldAt)}${candidate.questionTitle ? ` (${candidate.questionTitle})` : ""}`,
  );
  const text = [
    `Hello ${input.recipientName.trim().split(/\s+/)[0] || input.recipientName},`,
    "",
    `${count === 1 ? "A candidate" : `${count} candidates`} who did not advance at ${input.organizationName} ${count === 1 ? "is" : "are"} now due for a second look, ${input.months} month${input.months === 1 ? "" : "s"} after the interview:`,
    "",
    ...lines,
    "",
    `See how each has done since, and the feedback they were given: ${input.url}`,
    "",
    "Debrief",
    "",
  ].join("\n");
  return { subject: `${who} due for a second look`, text };
}
