// The message that brings a candidate their feedback: plain, personal, short, and honest about what happens
// when they open it (their own view first). Text only: it reads the same in every mail client.

export interface FeedbackEmailFacts {
  candidateName: string;
  organizationName: string;
  interviewerName: string;
  /** When the interview was held, or null when it is not known. */
  heldAt: Date | null;
  url: string;
  expiresAt: Date;
  /** A correction of feedback released before, rather than the first release. */
  corrected: boolean;
}

const day = (date: Date) =>
  date.toLocaleDateString("en-GB", { day: "numeric", month: "long", year: "numeric", timeZone: "UTC" });

export function feedbackEmail(facts: FeedbackEmailFacts): { subject: string; text: string } {
  const firstName = facts.candidateName.trim().split(/\s+/)[0] || facts.candidateName;
  const when = facts.heldAt ? ` on ${day(facts.heldAt)}` : "";
  const opening = facts.corrected
    ? `${facts.interviewerName} has corrected the feedback on your interview with ${facts.organizationName}${when}. The link below shows the corrected version.`
    : `Thank you for interviewing with ${facts.organizationName}${when}. ${facts.interviewerName} has written feedback on how it went.`;
  const text = [
    `Hello ${firstName},`,
    "",
    opening,
    "",
    "Before you read it, you will be asked how you think the interview went. It takes a couple of minutes, and comparing your view with the interviewer's is often the most useful part.",
    "",
    `Read it here: ${facts.url}`,
    "",
    `The link is yours alone: please do not forward it. It works until ${day(facts.expiresAt)}; if it stops working, ask your recruiter for a new one.`,
    "",
    facts.organizationName,
    "",
  ].join("\n");
  const subject = facts.corrected
    ? `Your interview feedback from ${facts.organizationName} was corrected`
    : `Your interview feedback from ${facts.organizationName}`;
  return { subject, text };
}
