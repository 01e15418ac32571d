// The questions a candidate answers about their own performance before they read any feedback: asked
// aloud at the end of a live interview (the debrief screen) and, in writing, before the feedback opens.
// Asking first is what makes the two views comparable: a candidate who has read the feedback can only
// echo it.
export const selfAssessmentPrompts = [
  {
    id: "solution",
    prompt: "How well did you solve the problem, and how close did you get to an optimised solution?",
  },
  { id: "code", prompt: "How clean and readable was your code? What would you change with more time?" },
  { id: "communication", prompt: "How well did you explain your thinking and your trade-offs as you went?" },
  { id: "struggle", prompt: "Where did you struggle, and what would you do differently next time?" },
] as const;
